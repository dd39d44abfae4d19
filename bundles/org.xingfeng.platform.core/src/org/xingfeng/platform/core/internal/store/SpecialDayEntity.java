package org.xingfeng.platform.core.internal.store;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.xingfeng.platform.api.calendar.DayKind;
import org.xingfeng.platform.api.calendar.SpecialDay;

@Entity
@Table(name = "PLT_SPECIAL_DAY")
public class SpecialDayEntity {

    @Id
    @Column(name = "DAY")
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16, nullable = false)
    public DayKind kind;

    @Column(name = "NAME", length = 100, nullable = false)
    public String name;

    public SpecialDay toRecord() {
        return new SpecialDay(day, kind, name);
    }
}
