/**
 * 宣传资料库: posters, leaflets, videos, policy explainers and slogans of a unit, per campaign or topic, with their
 * files in versions (through the platform's files), an approval state, who may use them (the unit and those below it,
 * once approved) and how often each version was downloaded.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.xingfeng.publicity.api.materials;
