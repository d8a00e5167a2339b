"""One-time PostgreSQL set-up for hosting: migrate as the table owner, grant an app role."""

from __future__ import annotations

import argparse
import os
import re
import sys

from sqlalchemy import text

from assistant.errors import JournalError
from assistant.journal import Journal

_ROLE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def prepare_postgres(admin_url: str, app_role: str, *, password: str | None = None) -> None:
    """Create or migrate the journal at ``admin_url`` (connected as the role that will own the
    tables), then let ``app_role`` read, add and delete entries, and nothing else.

    The owner's tables get row-level security forced by the migrations; the app role is
    created (LOGIN, with ``password``) if it doesn't exist, is neither superuser nor
    BYPASSRLS, and owns nothing, so PostgreSQL keeps each owner's rows to that owner.
    """
    if not _ROLE.match(app_role):
        raise JournalError("The app role must be a plain lower-case PostgreSQL name.")
    with Journal.open(admin_url) as journal:
        if journal.engine.dialect.name != "postgresql":
            raise JournalError("Row-level security needs PostgreSQL.")
        with journal.engine.begin() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": app_role}
            ).first()
            if exists is None:
                if password is None:
                    raise JournalError(f"The role {app_role} doesn't exist; give a password "
                                       "to create it, or create it first.")
                # Neither a role name nor a password can be a bound parameter in DDL: the name
                # was checked against _ROLE, the password is quoted as a string literal.
                quoted = "'" + password.replace("'", "''").replace(":", "\\:") + "'"
                conn.execute(text(f"CREATE ROLE {app_role} LOGIN NOSUPERUSER NOBYPASSRLS "
                                  f"PASSWORD {quoted}"))
            database = conn.execute(text("SELECT current_database()")).scalar_one()
            conn.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {app_role}'))
            conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {app_role}"))
            conn.execute(text(f"GRANT SELECT ON journal_migrations TO {app_role}"))
            # No UPDATE: the journal never changes an entry, it adds and deletes them.
            conn.execute(text(f"REVOKE ALL ON entries FROM {app_role}"))
            conn.execute(text(f"GRANT SELECT, INSERT, DELETE ON entries TO {app_role}"))
            conn.execute(text(f"GRANT USAGE ON SEQUENCE entries_id_seq TO {app_role}"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m assistant.dbadmin",
        description="Prepare a PostgreSQL journal for hosting. The owner's URL is read from "
                    "UNSENT_ADMIN_DB_URL (so its password isn't on the command line); the app "
                    "role's password, if the role is to be created, from UNSENT_APP_DB_PASSWORD.",
    )
    parser.add_argument("app_role", help="the role the app connects as, e.g. unsent_app")
    args = parser.parse_args(argv)
    admin_url = os.environ.get("UNSENT_ADMIN_DB_URL", "")
    if not admin_url:
        print("Set UNSENT_ADMIN_DB_URL to the table owner's database URL.", file=sys.stderr)
        return 2
    try:
        prepare_postgres(admin_url, args.app_role,
                         password=os.environ.get("UNSENT_APP_DB_PASSWORD") or None)
    except JournalError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"Ready: the app connects as {args.app_role}; row-level security is forced.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
