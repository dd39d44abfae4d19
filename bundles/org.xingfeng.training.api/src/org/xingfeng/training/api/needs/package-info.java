/**
 * Training needs (培训需求) from the halls: staff members whose citizens' evaluations in a period show bad reviews or
 * low indicator ratings (服务态度, 服务水平, ...), or complaints about them found upheld, become needs for the course
 * kinds that answer them, listed per unit within the caller's reach, and are met once the person attends such a course after the need arose. Needs are read
 * from the evaluations module when it is installed; without it the list is empty and says so.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.xingfeng.training.api.needs;
