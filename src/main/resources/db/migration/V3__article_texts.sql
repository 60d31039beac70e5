-- Article texts in a table of their own. Every mention and claim row checks its foreign key against
-- articles; with the texts in that table, H2 read a multi-megabyte row for each check, and storing the
-- mentions of one large article took minutes once the library held other large articles. The articles
-- rows are now small; the text is read only when it is shown.
CREATE TABLE article_texts (
    article_id BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    text       TEXT   NOT NULL
);
INSERT INTO article_texts (article_id, text) SELECT id, text FROM articles;
ALTER TABLE articles DROP COLUMN text;
