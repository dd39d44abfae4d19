package org.xingfeng.platform.api.module;

import java.util.List;

/**
 * A module announces itself by registering one of these as a service: the platform lists it in
 * {@code /health}, offers its roles to administrators, and the client shows it in the navigator.
 */
public interface ModuleDescriptor {

    /** Stable id, e.g. {@code matters}; also the REST path segment {@code /api/v1/<id>}. */
    String id();

    String nameZh();

    String nameEn();

    /** The module's version, normally its bundle version. */
    String version();

    /** Roles the module defines. */
    List<RoleDefinition> roles();
}
