package org.placemap.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that is not one of the map's (a mistyped link): says so, in the app's own words, with a way
 * back to the map (Vaadin's default page has none). The status returned is 404; the page itself still
 * arrives with 200, since Vaadin sends one bootstrap page for every address and routes in the browser.
 */
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        String path = event.getLocation().getPath();
        Anchor back = new Anchor("", "Back to the map");
        back.setId("not-found-back");
        Main main = new Main(new H1("placemap"), new Paragraph("There is no page at “/" + path + "”. Links to places, "
                + "claims and articles look like /place/geonames:170017, /claim/… and /article/…."), back);
        main.addClassName("pm-not-found");
        add(main);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
