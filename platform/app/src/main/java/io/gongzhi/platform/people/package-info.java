/**
 * People: residents with their household, the unit they live in and their care attributes
 * (elderly, left-behind children, disabled, low-income 低保, veterans 优抚...). ID numbers, phones and
 * exact addresses are personal data: every response masks them, and only the explicit unmask
 * endpoint shows them, to roles that may see them within their units, each read audited.
 */
package io.gongzhi.platform.people;
