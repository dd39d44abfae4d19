package org.xingfeng.publicity.api.campaigns;

/**
 * What activities produced: activities held, leaflets and booklets handed out (宣传单、手册), banners and slogans put up
 * (横幅、标语), screens showing the campaign (电子屏), sessions held (宣讲、讲堂), people reached.
 */
public record Outputs(int activities, int leaflets, int banners, int screens, int sessions, int peopleReached) {

    public static final Outputs NONE = new Outputs(0, 0, 0, 0, 0, 0);

    public Outputs plus(Outputs o) {
        return new Outputs(activities + o.activities, leaflets + o.leaflets, banners + o.banners, screens + o.screens,
                sessions + o.sessions, peopleReached + o.peopleReached);
    }
}
