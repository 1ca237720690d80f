/**
 * Organisations and memberships: party organisations (党委/党支部/党小组), residents' and villagers'
 * committees, the service station and its groups, owners' committees, property companies, social
 * organisations (社会团体, 民办非企业), resident units (驻区单位), volunteer teams, and the bodies the
 * tenant's locality plugin defines; who holds which role in them, and for which term.
 */
package io.gongzhi.platform.organisations;
