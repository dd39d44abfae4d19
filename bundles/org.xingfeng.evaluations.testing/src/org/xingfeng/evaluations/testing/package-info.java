/** Support for the evaluations tests: the seed's 34-item self-check table (attachment 2 of the 2019 Mianyang plan). */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.evaluations.testing;
