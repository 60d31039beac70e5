package org.placemap.system;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings: Lumo theme (Vaadin 25 has none by default), our stylesheet, and server push, so
 * that articles parsed in the background, or added by another user or through the REST API, show up on
 * open maps at once. The favicon is a vector pin ({@code icons/icon.svg}), served without login like
 * Vaadin's other public icons.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("placemap.css")
@Push
@Meta(name = "description", content = "placemap: the places in news articles, on a map")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/icon.svg", "any");
    }
}
