package io.dyadline.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** A named user: a bcrypt hash of the password, never the password, and the roles it was given. */
@Entity
@Table(name = "app_user")
public class Account extends PanacheEntityBase {

    @Id
    public String username;

    /** Modular crypt format ({@code $2a$10$...}), as {@link Passwords#hash} writes it. */
    @Column(name = "password_hash")
    public String passwordHash;

    /** The roles given, comma-separated; an admin holds the others too (see {@link Roles#held}). */
    public String roles;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public Set<String> roleSet() {
        Set<String> out = new TreeSet<>();
        Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).forEach(out::add);
        return out;
    }
}
