// Who may do what on the workbench, as the API's resources allow it (the server checks again).
export const STAFF_ROLES = ['grid-worker', 'community-staff', 'street-staff', 'command-centre', 'district-admin'];

export function hasAny(user, roles) {
  return !!user && user.roles.some(r => roles.includes(r));
}
