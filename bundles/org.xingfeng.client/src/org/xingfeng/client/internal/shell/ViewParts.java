package org.xingfeng.client.internal.shell;

import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.xingfeng.platform.ui.ViewContribution;

/** The model side of contributed views: each is an {@link MPart} of the generic {@link ContributedViewPart}. */
public final class ViewParts {

    /** Tag of every part that hosts a contributed view. */
    public static final String TAG = "xingfeng.contributed";
    /** Persisted-state key holding the contribution's id. */
    public static final String VIEW_ID = "xingfeng.view";
    /** The part stack views open in. */
    public static final String MAIN_STACK = "org.xingfeng.client.mainstack";
    public static final String PART_URI = "bundleclass://org.xingfeng.client/" + ContributedViewPart.class.getName();

    private ViewParts() {
    }

    /** Parts in the window (or the whole application) that show the view {@code id}. */
    public static List<MPart> partsOf(EModelService models, MUIElement root, String id) {
        return models.findElements(root, null, MPart.class, List.of(TAG)).stream()
                .filter(p -> id.equals(p.getPersistedState().get(VIEW_ID))).toList();
    }

    /** Activates the view's part if it is open, else adds one to the main part stack and shows it. */
    public static MPart open(ViewContribution view, MWindow window, EModelService models, EPartService parts,
            ClientTexts messages) {
        Optional<MPart> open = partsOf(models, window, view.id()).stream().filter(MPart::isToBeRendered).findFirst();
        if (open.isPresent()) {
            parts.activate(open.get());
            return open.get();
        }
        MPart part = models.createModelElement(MPart.class);
        part.setElementId("xingfeng.view." + view.id());
        part.getTags().add(TAG);
        part.getPersistedState().put(VIEW_ID, view.id());
        part.setLabel(view.label(messages.locale()));
        part.setCloseable(true);
        part.setContributionURI(PART_URI);
        MPartStack stack = (MPartStack) models.find(MAIN_STACK, window);
        stack.getChildren().add(part);
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }

    /** Closes and removes a part whose contribution went away. */
    public static void close(MPart part, EModelService models) {
        MWindow window = models.getTopLevelWindowFor(part);
        EPartService parts = window == null || window.getContext() == null ? null
                : window.getContext().get(EPartService.class);
        if (parts != null) {
            parts.hidePart(part, true);
        }
        MElementContainer<MUIElement> parent = part.getParent();
        if (parent != null) {
            part.setToBeRendered(false);
            parent.getChildren().remove(part);
        }
    }
}
