package org.xingfeng.evaluations.core.internal.complaints;

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

import org.xingfeng.evaluations.api.complaints.ComplaintCategory;
import org.xingfeng.evaluations.api.complaints.ComplaintChannel;
import org.xingfeng.evaluations.api.complaints.ComplaintState;
import org.xingfeng.evaluations.api.complaints.ComplaintSubject;

/** A complaint (投诉) and its steps, one row. */
@Entity
@Table(name = "EVAL_COMPLAINT", indexes = { @Index(name = "EVAL_COMPLAINT_UNIT", columnList = "UNIT_ID, RECEIVED_ON"),
        @Index(name = "EVAL_COMPLAINT_STAFF", columnList = "STAFF_ID, RECEIVED_ON") })
public class ComplaintEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "EVAL_COMPLAINT_SEQ")
    @SequenceGenerator(name = "EVAL_COMPLAINT_SEQ", sequenceName = "EVAL_COMPLAINT_SEQ", allocationSize = 10)
    public Long id;

    @Column(name = "UNIT_ID", nullable = false)
    public long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", length = 16, nullable = false)
    public ComplaintChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", length = 16, nullable = false)
    public ComplaintCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "SUBJECT_KIND", length = 16, nullable = false)
    public ComplaintSubject subject;

    @Column(name = "STAFF_ID")
    public Long staffId;

    @Column(name = "WINDOW_NO", length = 20)
    public String windowNo;

    @Column(name = "SECTION_ID")
    public Long sectionId;

    @Column(name = "COMPLAINANT_NAME", length = 100)
    public String complainantName;

    @Column(name = "COMPLAINANT_CONTACT", length = 100)
    public String complainantContact;

    @Column(name = "CONTENT", length = 4000, nullable = false)
    public String content;

    @Column(name = "RECEIVED_ON", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "REPLY_DUE", nullable = false)
    public LocalDate replyDue;

    @Column(name = "REGISTERED_BY", length = 64, nullable = false)
    public String registeredBy;

    @Column(name = "REGISTERED_AT", nullable = false)
    public Timestamp registeredAt;

    @Column(name = "UPHELD")
    public Boolean upheld;

    @Column(name = "FINDINGS", length = 2000)
    public String findings;

    @Column(name = "VERIFIED_BY", length = 64)
    public String verifiedBy;

    @Column(name = "VERIFIED_AT")
    public Timestamp verifiedAt;

    @Column(name = "REPLY_TEXT", length = 4000)
    public String replyText;

    @Column(name = "REPLIED_BY", length = 64)
    public String repliedBy;

    @Column(name = "REPLIED_AT")
    public Timestamp repliedAt;

    /** The bureau's day of the reply, compared with {@link #replyDue}. */
    @Column(name = "REPLIED_ON")
    public LocalDate repliedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "COMPLAINT_STATE", length = 16, nullable = false)
    public ComplaintState state;
}
