-- Accounts and API tokens for placemap.security=team. Passwords are bcrypt hashes; tokens are kept only
-- as the SHA-256 of the token (the token itself is shown once, when it is made).

CREATE TABLE accounts (
    name          VARCHAR(100)             PRIMARY KEY,
    password_hash VARCHAR(200)             NOT NULL,
    role          VARCHAR(20)              NOT NULL, -- READER or EDITOR
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_tokens (
    token_sha256 CHAR(64)                 PRIMARY KEY,
    name         VARCHAR(100)             NOT NULL,
    role         VARCHAR(20)              NOT NULL, -- READER or EDITOR
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT api_tokens_name_unique UNIQUE (name)
);
