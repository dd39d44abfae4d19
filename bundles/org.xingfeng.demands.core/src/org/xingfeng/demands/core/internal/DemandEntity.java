package org.xingfeng.demands.core.internal;

import java.sql.Timestamp;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.xingfeng.demands.api.demands.DemandCategory;
import org.xingfeng.demands.api.demands.DemandChannel;
import org.xingfeng.demands.api.demands.DemandState;

/** A demand (民生诉求), one row; its steps are {@link DemandStepEntity} rows, its extension requests {@link ExtensionEntity}. */
@Entity
@Table(name = "DMD_DEMAND", indexes = { @Index(name = "DMD_DEMAND_UNIT", columnList = "UNIT_ID, RECEIVED_ON"),
        @Index(name = "DMD_DEMAND_STATE", columnList = "STATE, UNIT_ID") })
public class DemandEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "DMD_DEMAND_SEQ")
    @SequenceGenerator(name = "DMD_DEMAND_SEQ", sequenceName = "DMD_DEMAND_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 16, nullable = false)
    public DemandChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", length = 16, nullable = false)
    public DemandCategory category;

    @Column(name = "TOPIC", length = 200, nullable = false)
    public String topic;

    @Column(name = "BODY", length = 4000, nullable = false)
    public String text;

    @Column(name = "CITIZEN_NAME", length = 100)
    public String citizenName;

    @Column(name = "CITIZEN_PHONE", length = 40)
    public String citizenPhone;

    @Column(name = "CITIZEN_ID_NUMBER", length = 18)
    public String citizenIdNumber;

    @Column(name = "EXTERNAL_NO", length = 60)
    public String externalNo;

    @Column(name = "ADDRESS", length = 300)
    public String address;

    @Column(name = "RECEIVED_ON", nullable = false)
    public LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 16, nullable = false)
    public DemandState state;

    @Column(name = "INSTRUCTION", length = 4000)
    public String instruction;

    @Column(name = "LEAD_SECTION_ID")
    public Long leadSectionId;

    /** The other handling sections' ids, separated by commas (empty when none). */
    @Column(name = "HANDLING_SECTIONS", length = 400)
    public String handlingSections;

    @Column(name = "REPLY_TEXT", length = 4000)
    public String reply;

    @Column(name = "SATISFIED")
    public Boolean satisfied;

    @Column(name = "ROUND_NO", nullable = false)
    public int round;

    @Column(name = "CLOCK_START", nullable = false)
    public LocalDate clockStart;

    @Column(name = "REPLIED_ON")
    public LocalDate repliedOn;

    @Column(name = "REMINDED", nullable = false)
    public boolean reminded;

    @Column(name = "ESCALATED", nullable = false)
    public boolean escalated;

    @Column(name = "DUPLICATE_OF")
    public Long duplicateOf;

    @Column(name = "REGISTERED_BY", length = 100, nullable = false)
    public String registeredBy;

    @Column(name = "REGISTERED_AT", nullable = false)
    public Timestamp registeredAt;

    @Column(name = "UPDATED_AT", nullable = false)
    public Timestamp updatedAt;
}
