package org.placemap.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * The one date format of every date field: ISO 8601 ({@code 2024-03-15}) is shown and read first, because that is the
 * form the API, the exports and most archives write; the browser locale's own form is not used, since it differs from
 * reader to reader and made an ISO date typed by hand invalid.
 *
 * <p>Typed input is parsed by the formats in this order, the first that matches wins (Vaadin's rule): ISO
 * {@code yyyy-MM-dd}, then {@code yyyy/M/d}, then the dotted European {@code d.M.yyyy}, then the slashed
 * {@code M/d/yyyy} that US copy and the previous locale default use. A slashed date is always read month first; a
 * reader who means 3/4 as the 3rd of April should write it with dots or in ISO form.
 */
final class DateFields {
    static final String DISPLAY = "yyyy-MM-dd";
    static final String[] ALSO_READ = {"yyyy/M/d", "d.M.yyyy", "M/d/yyyy"};

    private DateFields() {
    }

    /** Shows {@code picker}'s dates in ISO form and lets it read the forms above; returns it. */
    static DatePicker isoFirst(DatePicker picker) {
        var i18n = picker.getI18n() == null ? new DatePicker.DatePickerI18n() : picker.getI18n();
        picker.setI18n(i18n.setDateFormats(DISPLAY, ALSO_READ));
        if (picker.getPlaceholder() == null || picker.getPlaceholder().isEmpty()) {
            picker.setPlaceholder("yyyy-mm-dd");
        }
        return picker;
    }
}
