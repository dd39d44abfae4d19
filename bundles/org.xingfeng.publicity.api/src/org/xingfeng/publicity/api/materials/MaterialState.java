package org.xingfeng.publicity.api.materials;

/** 草稿, 已审核 (the units below may use it), 已撤回 (nobody below sees it any more). */
public enum MaterialState {
    DRAFT, APPROVED, WITHDRAWN
}
