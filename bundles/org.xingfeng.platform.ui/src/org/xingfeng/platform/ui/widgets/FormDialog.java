package org.xingfeng.platform.ui.widgets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.xingfeng.platform.api.FieldError;
import org.xingfeng.platform.api.ValidationException;
import org.xingfeng.platform.ui.ViewSite;

/**
 * A form in a dialog: labelled fields, each with room for its own validation message. On OK the save action
 * runs; a {@link ValidationException} puts each field error beside its field and keeps the dialog open (so
 * nothing is lost and nothing was stored), any other failure goes to {@link ViewSite#showError}. The dialog
 * closes only when the save succeeded.
 */
public class FormDialog extends TitleAreaDialog {

    /** What OK does; it reads the fields and calls the service, throwing to refuse. */
    @FunctionalInterface
    public interface Save {
        void save(FormDialog form) throws Exception;
    }

    private enum Kind {
        TEXT, PASSWORD, MULTILINE, CHOICE, CHECK, CHECKS
    }

    private static final class Field {
        final String name;
        final Kind kind;
        final String label;
        Object initial;
        List<Choice<?>> options = List.of();
        Control control;
        List<Button> checks = new ArrayList<>();
        Label error;
        Runnable onChange;

        Field(String name, Kind kind, String label, Object initial) {
            this.name = name;
            this.kind = kind;
            this.label = label;
            this.initial = initial;
        }
    }

    private final ViewSite site;
    private final Texts texts;
    private final String title;
    private final String message;
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private Save save = f -> {};
    private String generalError;

    /** A form titled {@code title} with {@code message} under the title, both in the client's language. */
    public FormDialog(ViewSite site, String title, String message) {
        this(site.shell(), site, title, message);
    }

    private FormDialog(Shell parent, ViewSite site, String title, String message) {
        super(parent);
        this.site = site;
        this.texts = Texts.of(site, FormDialog.class);
        this.title = title;
        this.message = message;
    }

    public FormDialog text(String field, String label, String initial) {
        return add(new Field(field, Kind.TEXT, label, initial == null ? "" : initial));
    }

    public FormDialog password(String field, String label) {
        return add(new Field(field, Kind.PASSWORD, label, ""));
    }

    public FormDialog multiline(String field, String label, String initial) {
        return add(new Field(field, Kind.MULTILINE, label, initial == null ? "" : initial));
    }

    public <V> FormDialog choice(String field, String label, List<Choice<V>> options, V selected) {
        Field f = new Field(field, Kind.CHOICE, label, selected);
        f.options = List.copyOf(options);
        return add(f);
    }

    public FormDialog check(String field, String label, boolean initial) {
        return add(new Field(field, Kind.CHECK, label, initial));
    }

    /** Several check boxes whose checked values form a set (e.g. roles). */
    public FormDialog checks(String field, String label, List<Choice<String>> options, Set<String> selected) {
        Field f = new Field(field, Kind.CHECKS, label, Set.copyOf(selected));
        f.options = List.copyOf(options);
        return add(f);
    }

    public FormDialog onSave(Save action) {
        this.save = action;
        return this;
    }

    /** Runs when the field's value changes (e.g. to refill a dependent choice). */
    public FormDialog onChange(String field, Runnable action) {
        field(field).onChange = action;
        return this;
    }

    private FormDialog add(Field f) {
        fields.put(f.name, f);
        return this;
    }

    private Field field(String name) {
        Field f = fields.get(name);
        if (f == null) {
            throw new IllegalArgumentException("no field " + name);
        }
        return f;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 12;
        layout.verticalSpacing = 2;
        form.setLayout(layout);
        for (Field f : fields.values()) {
            createField(form, f);
        }
        return area;
    }

    private void createField(Composite form, Field f) {
        Label label = new Label(form, SWT.NONE);
        label.setText(f.kind == Kind.CHECK ? "" : f.label);
        label.setLayoutData(new GridData(SWT.BEGINNING,
                f.kind == Kind.MULTILINE || f.kind == Kind.CHECKS ? SWT.TOP : SWT.CENTER, false, false));
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 320;
        switch (f.kind) {
            case TEXT, PASSWORD -> {
                Text t = new Text(form, SWT.BORDER | (f.kind == Kind.PASSWORD ? SWT.PASSWORD : SWT.NONE));
                t.setText((String) f.initial);
                t.addModifyListener(e -> changed(f));
                f.control = t;
            }
            case MULTILINE -> {
                Text t = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
                t.setText((String) f.initial);
                data.heightHint = 80;
                t.addModifyListener(e -> changed(f));
                f.control = t;
            }
            case CHOICE -> {
                Combo c = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
                c.setVisibleItemCount(15);
                fillChoice(f, c, f.initial);
                c.addListener(SWT.Selection, e -> changed(f));
                f.control = c;
            }
            case CHECK -> {
                Button b = new Button(form, SWT.CHECK);
                b.setText(f.label);
                b.setSelection((Boolean) f.initial);
                b.addListener(SWT.Selection, e -> changed(f));
                f.control = b;
            }
            case CHECKS -> {
                Composite box = new Composite(form, SWT.NONE);
                RowLayout rows = new RowLayout(SWT.VERTICAL);
                rows.marginLeft = 0;
                rows.marginTop = 0;
                box.setLayout(rows);
                @SuppressWarnings("unchecked")
                Set<String> selected = (Set<String>) f.initial;
                for (Choice<?> option : f.options) {
                    Button b = new Button(box, SWT.CHECK);
                    b.setText(option.label());
                    b.setData(option.value());
                    b.setSelection(selected.contains(option.value()));
                    b.addListener(SWT.Selection, e -> changed(f));
                    f.checks.add(b);
                }
                f.control = box;
            }
            default -> throw new IllegalStateException();
        }
        f.control.setLayoutData(data);
        new Label(form, SWT.NONE);
        f.error = new Label(form, SWT.WRAP);
        f.error.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridData ed = new GridData(SWT.FILL, SWT.TOP, true, false);
        ed.widthHint = 320;
        f.error.setLayoutData(ed);
    }

    private void fillChoice(Field f, Combo c, Object selected) {
        c.removeAll();
        int index = -1;
        for (int i = 0; i < f.options.size(); i++) {
            c.add(f.options.get(i).label());
            if (Objects.equals(f.options.get(i).value(), selected)) {
                index = i;
            }
        }
        if (index >= 0) {
            c.select(index);
        } else if (!f.options.isEmpty()) {
            c.select(0);
        }
    }

    private void changed(Field f) {
        if (f.onChange != null) {
            f.onChange.run();
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, texts.get("form.save"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, texts.get("form.cancel"), false);
    }

    /** The text of a text field. */
    public String text(String field) {
        return ((Text) field(field).control).getText();
    }

    /** The value of the chosen option, or null. */
    @SuppressWarnings("unchecked")
    public <V> V choice(String field) {
        Field f = field(field);
        int i = ((Combo) f.control).getSelectionIndex();
        return i < 0 ? null : (V) f.options.get(i).value();
    }

    public boolean checked(String field) {
        return ((Button) field(field).control).getSelection();
    }

    public Set<String> checkedValues(String field) {
        Set<String> values = new LinkedHashSet<>();
        for (Button b : field(field).checks) {
            if (b.getSelection()) {
                values.add((String) b.getData());
            }
        }
        return values;
    }

    public void setText(String field, String value) {
        ((Text) field(field).control).setText(value);
    }

    public void select(String field, Object value) {
        Field f = field(field);
        Combo c = (Combo) f.control;
        for (int i = 0; i < f.options.size(); i++) {
            if (Objects.equals(f.options.get(i).value(), value)) {
                c.select(i);
                changed(f);
                return;
            }
        }
        throw new IllegalArgumentException("no option " + value + " in " + field);
    }

    public void setChecked(String field, boolean value) {
        ((Button) field(field).control).setSelection(value);
        changed(field(field));
    }

    public void setCheckedValues(String field, Set<String> values) {
        for (Button b : field(field).checks) {
            b.setSelection(values.contains(b.getData()));
        }
    }

    /** Replaces a choice's options (e.g. the sections of the unit just chosen). */
    public <V> void setChoices(String field, List<Choice<V>> options, V selected) {
        Field f = field(field);
        f.options = List.copyOf(options);
        if (f.control != null) {
            fillChoice(f, (Combo) f.control, selected);
        } else {
            f.initial = selected;
        }
    }

    /** The validation message shown beside a field, "" when none. */
    public String error(String field) {
        Label l = field(field).error;
        return l == null ? "" : l.getText();
    }

    /** The message shown above the fields for errors that name no field of the form, or null. */
    public String generalError() {
        return generalError;
    }

    /** OK only when the save succeeded: a dialog closed any other way answers CANCEL. */
    @Override
    public int open() {
        setReturnCode(CANCEL);
        return super.open();
    }

    /** Presses OK: saves, or shows why not. */
    public void submit() {
        okPressed();
    }

    @Override
    protected void okPressed() {
        for (Field f : fields.values()) {
            f.error.setText("");
        }
        generalError = null;
        setErrorMessage(null);
        try {
            save.save(this);
        } catch (ValidationException e) {
            showValidation(e);
            return;
        } catch (Exception e) {
            site.showError(e);
            return;
        }
        super.okPressed();
    }

    private void showValidation(ValidationException e) {
        List<String> other = new ArrayList<>();
        for (FieldError fe : e.details()) {
            Field f = fields.get(fe.field());
            if (f != null) {
                f.error.setText(fe.message(texts.locale()));
            } else {
                other.add(fe.message(texts.locale()));
            }
        }
        if (e.details().isEmpty()) {
            other.add(texts.error(e));
        }
        generalError = other.isEmpty() ? texts.get("form.correctMarked")
                : String.join("; ", other);
        setErrorMessage(generalError);
        getShell().layout(true, true);
    }
}
