/**
 * 培训签到与考核: attendance of a member of staff at a session (present, absent or excused 请假; hours, assessment
 * score and pass) and the certificate it earned (number, issue date, valid until).
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.xingfeng.training.api.attendance;
