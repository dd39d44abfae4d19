/**
 * 培训课程: courses (title, kind, the tiers they train, organiser, place or online, start and end, length in working
 * days from the platform calendar and in hours) and their sessions (课次). A course meant for a tier that is shorter
 * than that tier's minimum number of working days is flagged ({@link org.xingfeng.training.api.courses.Course#shortForTiers}).
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.training.api.courses;
