const TABLES = ['users', 'posts', 'comments'];

exports.up = async function up(knex) {
  for (const table of TABLES) {
    await knex.raw(`ALTER TABLE ${table} ADD COLUMN updated_at timestamptz DEFAULT now()`);
  }
};

exports.down = async function down(knex) {
  for (const table of TABLES) {
    await knex.raw(`ALTER TABLE ${table} DROP COLUMN updated_at`);
  }
};
