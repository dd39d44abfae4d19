/**
 * 民生诉求: a citizen's demand from the 12345 hotline, a letter, the leader's mailbox, online or a walk-in, and its steps:
 * registered (登记), instructed by the head (一把手阅示), assigned by the coordinator to a lead section and handling
 * sections (交办), handled (承办), reviewed by the lead section (牵头审核), replied (答复), the citizen's satisfaction
 * (回访), closed (办结); reopened when the citizen is not satisfied.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.xingfeng.demands.api.demands;
