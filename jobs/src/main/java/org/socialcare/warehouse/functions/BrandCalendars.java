package org.socialcare.warehouse.functions;

import org.socialcare.warehouse.calendar.BusinessCalendar;
import org.socialcare.warehouse.config.AppConfig;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** The business calendar of every brand of the reference data, and the default one for unknown brands. */
public final class BrandCalendars implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, BusinessCalendar> byBrand;
    private final BusinessCalendar fallback;

    private BrandCalendars(Map<String, BusinessCalendar> byBrand, BusinessCalendar fallback) {
        this.byBrand = byBrand;
        this.fallback = fallback;
    }

    public static BrandCalendars from(AppConfig.Reference reference) {
        Map<String, BusinessCalendar> byBrand = new HashMap<>();
        for (AppConfig.Brand b : reference.brands().values()) {
            byBrand.put(b.brandId(), new BusinessCalendar(reference.schedules().get(b.schedule()), ZoneId.of(b.timeZone())));
        }
        BusinessCalendar fallback = new BusinessCalendar(reference.schedules().get(reference.defaultSchedule()),
                ZoneId.of(reference.defaultTimeZone()));
        return new BrandCalendars(byBrand, fallback);
    }

    public BusinessCalendar of(String brandId) {
        return brandId == null ? fallback : byBrand.getOrDefault(brandId, fallback);
    }
}
