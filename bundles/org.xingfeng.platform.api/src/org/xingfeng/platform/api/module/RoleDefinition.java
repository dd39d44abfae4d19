package org.xingfeng.platform.api.module;

/** A role a module defines, with its Chinese and English names. */
public record RoleDefinition(String id, String nameZh, String nameEn) {
}
