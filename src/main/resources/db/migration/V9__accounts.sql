-- Named accounts (issue 14): a bcrypt hash per user (modular crypt format, $2a$...), and roles among
-- reader, analyst, editor and admin, comma-separated.
create table app_user (
    username      varchar(64)  not null primary key,
    password_hash varchar(100) not null,
    roles         varchar(100) not null,
    created_at    timestamp    not null,
    updated_at    timestamp    not null
);

-- Signed-in browsers: the session cookie's token is kept only as its SHA-256, so a copy of the table opens nothing.
create table user_session (
    token_hash varchar(64) not null primary key,
    username   varchar(64) not null references app_user (username) on delete cascade,
    created_at timestamp   not null,
    expires_at timestamp   not null
);
create index user_session_username_idx on user_session (username);
