/** admin is the first administrator every spec expects (created by auth.spec or on demand). */
export const admin = {
  name: 'Alice Admin',
  email: 'alice@example.com',
  password: 'alice-secret-1',
};

/** manager is the team member the admin adds in auth.spec. */
export const manager = {
  name: 'Max Manager',
  email: 'max@example.com',
  password: 'max-secret-12',
};

/** changer is the manager whose profile profile.spec edits. */
export const changer = {
  name: 'Petra Profile',
  email: 'petra@example.com',
  password: 'petra-secret-1',
};
