package org.xingfeng.platform.core.internal.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import org.xingfeng.platform.api.security.UserAccount;

@Entity
@Table(name = "PLT_USER", uniqueConstraints = @UniqueConstraint(columnNames = "USERNAME"))
public class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PLT_USER_SEQ")
    @SequenceGenerator(name = "PLT_USER_SEQ", sequenceName = "PLT_USER_SEQ", allocationSize = 20)
    public Long id;

    @Column(name = "USERNAME", length = 64, nullable = false)
    public String username;

    @Column(name = "DISPLAY_NAME", length = 100, nullable = false)
    public String displayName;

    @Column(name = "STAFF_ID")
    public Long staffId;

    /** The home unit of an account without a staff member; null: the whole installation. */
    @Column(name = "HOME_UNIT_ID")
    public Long homeUnitId;

    /** Role ids joined with ','. */
    @Column(name = "ROLES", length = 1000, nullable = false)
    public String roles;

    @Column(name = "PASSWORD_HASH", length = 200, nullable = false)
    public String passwordHash;

    @Column(name = "ENABLED", nullable = false)
    public boolean enabled;

    @Column(name = "FAILED_LOGINS", nullable = false)
    public int failedLogins;

    @Column(name = "LOCKED_UNTIL")
    public Instant lockedUntil;

    @Column(name = "MUST_CHANGE_PASSWORD", nullable = false)
    public boolean mustChangePassword;

    public Set<String> roleSet() {
        return roles == null || roles.isEmpty() ? Set.of()
                : Arrays.stream(roles.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }

    public void roleSet(Set<String> set) {
        roles = String.join(",", new TreeSet<>(set));
    }

    /** The account as a record, with its home unit: the staff member's unit if it has one (looked up by the caller). */
    public UserAccount toRecord(Long staffUnitId) {
        Long home = staffId != null ? staffUnitId : homeUnitId;
        return new UserAccount(id, username, displayName, staffId, home, roleSet(), enabled, lockedUntil,
                mustChangePassword);
    }
}
