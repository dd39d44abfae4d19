/**
 * 宣传稿件: articles and reports published by the bureau's staff, scored by the outlet's media level (seed 002:
 * national 20, provincial 10, city 5, county 3 points, configurable), the points shared among co-authors by a
 * configured rule, and the yearly leaderboard per person and per section (宣传稿件加分).
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.xingfeng.publicity.api.articles;
