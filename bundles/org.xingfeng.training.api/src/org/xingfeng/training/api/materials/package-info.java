/**
 * Course materials (课程资料): a course's files (slides, handouts, the syllabus as a document) kept through the
 * platform's files, with its size and type limits, read by whoever may read the course.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.training.api.materials;
