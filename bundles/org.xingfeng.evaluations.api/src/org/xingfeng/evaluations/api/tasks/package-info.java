/**
 * 自查整改: the self-check table of the 2019 conduct work plan (行风建设自查表) instantiated as rectification tasks
 * (整改任务) per unit, single tasks, and the visits (模拟调查, 暗访) whose findings become tasks. Tasks are
 * closed off (销号) with evidence and may be reopened by an officer with a reason.
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.xingfeng.evaluations.api.tasks;
