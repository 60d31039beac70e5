/**
 * Accounts (name, bcrypt password hash, role) and API tokens (kept as SHA-256 hashes) for
 * {@code placemap.security=team}: stored in the library's database, made at first start (the
 * {@code admin} editor) or by the {@code user create} and {@code token create} commands. Spring JDBC and
 * Spring Security's password encoder; no Vaadin.
 */
package org.placemap.accounts;
