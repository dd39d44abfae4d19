package org.xingfeng.publicity.api.materials;

/** What a material is: a slogan (its title is the text), a poster (images), a leaflet, a video (a link), an explainer. */
public enum MaterialKind {
    SLOGAN, POSTER, LEAFLET, VIDEO, EXPLAINER
}
