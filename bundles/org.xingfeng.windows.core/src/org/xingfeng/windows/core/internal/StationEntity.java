package org.xingfeng.windows.core.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A station's settings, keyed by its unit of the org tree (township or village level). */
@Entity
@Table(name = "WIN_STATION")
public class StationEntity {

    @Id
    @Column(name = "UNIT_ID")
    public Long unitId;

    @Column(name = "LATITUDE")
    public Double latitude;

    @Column(name = "LONGITUDE")
    public Double longitude;

    @Column(name = "ADDRESS", length = 200)
    public String address;

    @Column(name = "OPENING_HOURS", length = 200)
    public String openingHours;

    /** Comma-separated matter codes. */
    @Column(name = "MATTER_CODES", length = 4000)
    public String matterCodes;
}
