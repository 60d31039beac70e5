package org.placemap.system;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-level settings: Lumo theme (Vaadin 25 has none by default) and our stylesheet. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("placemap.css")
@Meta(name = "description", content = "placemap: the places in news articles, on a map")
public class AppShell implements AppShellConfigurator {}
