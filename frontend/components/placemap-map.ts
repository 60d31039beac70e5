import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import * as L from 'leaflet';
import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';

export interface MapMarker {
  id: string;
  lat: number;
  lon: number;
  label: string;
  category: string;
  /** '' or a badge on the shape: 'check' for a place whose reading is doubtful. */
  flag?: string;
}

export interface MapLine {
  id: string;
  points: [number, number][];
  label: string | null;
  style: string;
}

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** A move asked for by the application (GeoMap.View): bring this area into view. */
export interface MapView {
  south: number;
  west: number;
  north: number;
  east: number;
  maxZoom: number;
  keepIfVisible: boolean;
  seq: number;
}

/** A sea's name, written where the sea is wider on screen than its name (GeoMap.AreaLabel). */
export interface AreaLabel {
  name: string;
  lat: number;
  lon: number;
  west: number;
  east: number;
}

export interface LegendEntry {
  category: string;
  label: string;
}

/**
 * A Leaflet map over an offline vector base map (Natural Earth country outlines from world-atlas),
 * showing markers and lines given as properties. Knows nothing of the domain.
 *
 * Everything shown is set as text (textContent), never as HTML.
 *
 * @fires marker-click - a marker was clicked or activated by keyboard; detail: { id }
 * @fires map-click - the map background was clicked; detail: { lat, lon } (lon may leave -180..180)
 * @fires line-click - a line was clicked or activated by keyboard; detail: { id }
 */
export class PlacemapMap extends LitElement {
  static properties = {
    markers: { attribute: false },
    lines: { attribute: false },
    legend: { attribute: false },
    selectedId: { attribute: false },
    selectedLineId: { attribute: false },
    highlightedIds: { attribute: false },
    viewBounds: { attribute: false },
    view: { attribute: false },
    areaLabels: { attribute: false },
    tileUrl: { attribute: false },
    tileAttribution: { attribute: false },
    picking: { type: Boolean, reflect: true },
  };

  markers: MapMarker[] = [];
  lines: MapLine[] = [];
  legend: LegendEntry[] = [];
  selectedId = '';
  selectedLineId = '';
  highlightedIds: string[] = [];
  viewBounds: Bounds | null = null;
  view: MapView | null = null;
  areaLabels: AreaLabel[] = [];
  tileUrl = '';
  tileAttribution = '';
  picking = false;

  private map: L.Map | null = null;
  private tileLayer: L.TileLayer | null = null;
  private legendControl: L.Control | null = null;
  private readonly markerLayer = L.layerGroup();
  private readonly lineLayer = L.layerGroup();
  private readonly clusterLayer = L.layerGroup();
  private readonly markerById = new Map<string, L.Marker>();
  private readonly lineById = new Map<string, L.Polyline>();
  private readonly lineLabels = new Map<string, string>();
  /** The 1:50m countries as filled: hidden at close zooms, where the 1:10m land is drawn instead. */
  private countryFill: L.GeoJSON | null = null;
  /** The 1:50m borders between countries: replaced by the 1:10m ones with the close-zoom land. */
  private borderMesh: L.GeoJSON | null = null;
  /** The 1:10m border pieces already drawn (encoded), so that overlapping answers draw each once. */
  private readonly borderPieces = new Set<string>();
  private readonly landLayer = L.layerGroup();
  /** Land cells already drawn or known to hold no land, by id. */
  private readonly landCells = new Set<string>();
  private landRequests = 0;
  /** Markers currently drawn as selected or highlighted. */
  private readonly styled = new Set<string>();
  private fitted = false;
  /** The seq of the last view request carried out, so a re-render does not move the map again. */
  private viewDone = -1;
  private legendOpen: boolean | null = null;
  private readonly labelPaneName = 'pm-labels';
  private countryLabels: { name: string; lat: number; lon: number; west: number; east: number }[] = [];
  private resizeObserver: ResizeObserver | null = null;

  static styles = [
    unsafeCSS(leafletCss),
    css`
      :host([picking]) #map {
        cursor: crosshair;
      }
      :host {
        display: block;
        position: relative;
        min-height: 300px;
      }
      #map {
        position: absolute;
        inset: 0;
        background: #cfe3f0;
      }
      .pm-marker {
        background: none;
        border: none;
      }
      .pm-marker:focus-visible {
        outline: 3px solid #1a73e8;
        outline-offset: 2px;
        border-radius: 50%;
      }
      .pm-shape {
        display: block;
        box-sizing: border-box;
        width: 16px;
        height: 16px;
        border: 2px solid #fff;
        box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.6);
      }
      .pm-city { background: #d9480f; border-radius: 50%; }
      .pm-base { background: #1c1c1c; transform: rotate(45deg) scale(0.85); }
      .pm-region { background: #2f9e44; border-radius: 3px; }
      .pm-country { background: #5f3dc4; border-radius: 50%; border: 4px double #fff; }
      .pm-water { background: #1971c2; border-radius: 50% 50% 50% 0; }
      .pm-other { background: #868e96; border-radius: 50%; }
      .pm-found { background: #e64980; border-radius: 50% 50% 50% 0; transform: rotate(-45deg); }
      .pm-flag-check::after {
        content: '?';
        position: absolute;
        top: -8px;
        right: -8px;
        width: 12px;
        height: 12px;
        border-radius: 50%;
        background: #fff3bf;
        border: 1px solid #d9480f;
        color: #d9480f;
        font: bold 10px/12px sans-serif;
        text-align: center;
        pointer-events: none;
      }
      .pm-selected .pm-shape {
        box-shadow: 0 0 0 3px #ffd43b, 0 0 0 5px #1c1c1c;
      }
      .pm-highlighted .pm-shape {
        box-shadow: 0 0 0 3px #1c1c1c, 0 0 0 5px #ffd43b;
      }
      .pm-legend .pm-line-swatch {
        display: inline-block;
        width: 14px;
        height: 0;
        border-top: 4px solid #444;
        box-shadow: none;
      }
      .pm-legend .pm-line-swatch.pm-claim-consistent { border-color: #2b8a3e; }
      .pm-legend .pm-line-swatch.pm-claim-inconsistent { border-color: #c92a2a; }
      .pm-legend .pm-line-swatch.pm-claim-unverifiable { border-color: #868e96; border-top-style: dashed; }
      .pm-legend .pm-line-swatch.pm-claim-depends { border-color: #495057; border-top-style: dotted; }
      .pm-legend .pm-line-swatch.pm-claim-measure { border-color: #1c7ed6; border-top-style: dashed; }
      .pm-cluster {
        display: flex;
        align-items: center;
        justify-content: center;
        box-sizing: border-box;
        border-radius: 9px;
        background: #fff;
        border: 2px solid #343a40;
        font: 700 11px/1 system-ui, sans-serif;
        color: #212529;
        box-shadow: 0 1px 3px rgba(0, 0, 0, 0.5);
      }
      .pm-cluster:focus-visible {
        outline: 3px solid #1c7ed6;
        outline-offset: 2px;
      }
      .pm-legend {
        background: rgba(255, 255, 255, 0.92);
        padding: 6px 8px;
        border-radius: 4px;
        font: 12px/1.5 system-ui, sans-serif;
        color: #222;
        box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3);
      }
      .pm-legend-row { display: flex; align-items: center; gap: 6px; }
      .pm-legend .pm-shape { width: 12px; height: 12px; display: inline-block; }
      .pm-legend .pm-country { border-width: 3px; }
      .pm-label {
        position: absolute;
        white-space: nowrap;
        font: 600 12px/16px system-ui, sans-serif;
        color: #212529;
        padding: 0 3px;
        text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff;
      }
      .pm-label-chosen {
        background: #ffd43b;
        border-radius: 3px;
        text-shadow: none;
      }
      .pm-label-line {
        font: 12px/18px system-ui, sans-serif;
        background: #fff;
        border: 1px solid #adb5bd;
        border-radius: 3px;
        padding: 0 4px;
        text-shadow: none;
        box-shadow: 0 1px 3px rgba(0, 0, 0, 0.25);
      }
      .pm-label-line-selected {
        border-color: #1c1c1c;
        font-weight: 600;
      }
      .pm-label-sea {
        font: italic 11px/14px system-ui, sans-serif;
        color: #1864ab;
        text-shadow: 0 0 2px #cfe3f0, 0 0 2px #cfe3f0;
      }
      .pm-label-country {
        font: 600 10px/14px system-ui, sans-serif;
        letter-spacing: 0.06em;
        color: #6b6257;
      }
      .pm-legend-toggle {
        font: 600 12px/1.5 system-ui, sans-serif;
        background: none;
        border: none;
        padding: 0 14px 0 0;
        cursor: pointer;
        color: #222;
        position: relative;
      }
      .pm-legend-toggle::after {
        content: '▾';
        position: absolute;
        right: 0;
      }
      .pm-legend-folded .pm-legend-toggle::after {
        content: '▸';
      }
      .pm-line-label {
        font: 12px/1.3 system-ui, sans-serif;
        padding: 1px 4px;
      }
      path.pm-line-selected {
        stroke-width: 7px;
        stroke-opacity: 1;
      }
      path.pm-line:focus-visible {
        outline: none;
        stroke-width: 7px;
      }
    `,
  ];

  render() {
    return html`<div id="map" role="application" aria-label="Map of the places mentioned"></div>`;
  }

  connectedCallback() {
    super.connectedCallback();
    // On re-attach Lit does not render again, so the map is rebuilt here from the kept properties.
    this.updateComplete.then(() => this.ensureMap());
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.map?.remove();
    this.map = null;
    this.tileLayer = null;
    this.legendControl = null;
    this.countryFill = null;
    this.landLayer.clearLayers();
    this.landCells.clear();
    this.borderPieces.clear();
    this.fitted = false;
    this.viewDone = -1;
  }

  protected updated(changed: PropertyValues) {
    if (!this.map) {
      this.ensureMap();
      return;
    }
    if (changed.has('tileUrl') || changed.has('tileAttribution')) this.syncTiles();
    if (changed.has('markers')) this.syncMarkers();
    if (changed.has('markers') && !changed.has('lines')) this.syncLines(); // the ends without a marker change
    if (changed.has('lines')) this.syncLines();
    if (changed.has('lines') || changed.has('selectedLineId')) this.syncLineSelection();
    if (changed.has('legend')) this.syncLegend();
    if (changed.has('selectedId') || changed.has('highlightedIds')) {
      // a selected or highlighted marker hidden in a crowd leaves it; otherwise only the markers whose state
      // changes are touched (re-adding 600 markers for every click cost a tenth of a second)
      if (!changed.has('markers') && this.chosenHidden()) this.recluster();
      else this.syncSelection(true);
    }
    if (changed.has("viewBounds")) this.fitView();
    this.applyView(); // a new move, or one that waited for the first fit (it runs once per request)
    if (changed.has('markers') || changed.has('selectedId') || changed.has('highlightedIds') || changed.has('areaLabels')) {
      this.syncLabels();
    }
  }

  private ensureMap() {
    if (this.map || !this.isConnected) return;
    const container = this.renderRoot.querySelector('#map') as HTMLElement | null;
    if (!container) return;
    const map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 18, zoomSnap: 0.5 });
    this.map = map;
    // the opening view before any layer: Leaflet projects every marker, line and outline of the map again at each
    // new view, so fitting after adding them (as this did) drew the 600 markers and 1,000 lines of a large
    // library twice before the first showed
    this.fitView();
    if (!this.fitted) map.setView([30, 20], 3);
    map.attributionControl.setPrefix('Leaflet');
    map.attributionControl.addAttribution('Base map: Natural Earth');
    map.on('click', (e: L.LeafletMouseEvent) => {
      this.dispatchEvent(
        new CustomEvent('map-click', { detail: { lat: e.latlng.lat, lon: e.latlng.lng }, bubbles: true, composed: true }),
      );
    });
    this.markerLayer.addTo(map);
    this.clusterLayer.addTo(map);
    this.lineLayer.addTo(map);
    map.on('zoomend', () => this.recluster());
    map.createPane(this.labelPaneName);
    const labelPane = map.getPane(this.labelPaneName)!;
    labelPane.style.zIndex = '590'; // above lines (overlay 400) and below markers (600): labels never take clicks
    labelPane.style.pointerEvents = 'none';
    this.syncTiles();
    this.syncMarkers();
    this.syncLegend();
    this.syncSelection();
    this.fitView();
    this.applyView();
    // The places first: the claim lines (about 0.3 s for a library's 1,000) are drawn once the markers have been
    // painted, and the base map (about 0.3 s to decode and draw the world's 1:50m outlines) after that. Both come
    // after the opening fit, since Leaflet projects every path of the map again at each new view.
    afterPaint(() => {
      if (this.map !== map) return; // removed meanwhile
      this.syncLines();
      this.syncLineSelection();
      this.syncLabels();
      afterPaint(() => {
        if (this.map !== map) return;
        this.addBaseMap(map);
        this.syncLand();
        this.syncLabels();
      });
    });
    L.control.scale({ metric: true, imperial: true, position: 'bottomleft', maxWidth: 140 }).addTo(map);
    map.on('moveend', () => {
      this.syncLabels();
      this.syncLand();
    });
    this.syncLabels(); // the land follows with the base map (afterPaint above): nothing to draw for it yet
    // a focused marker off screen makes the browser scroll the map's container, leaving half of it blank:
    // undo that scroll and pan the map to the marker instead
    container.addEventListener('scroll', () => {
      container.scrollTop = 0;
      container.scrollLeft = 0;
    });
    this.resizeObserver = new ResizeObserver(() => {
      map.invalidateSize();
      this.applyView(); // a move that waited for the map to get its size
    });
    this.resizeObserver.observe(container);
  }

  private addBaseMap(map: L.Map) {
    const topo = countries50m as unknown as Topology;
    const countries = topo.objects.countries as GeometryCollection;
    map.createPane('basemap');
    const pane = map.getPane('basemap')!;
    pane.style.zIndex = '250';
    pane.style.pointerEvents = 'none';
    // the close-zoom land lies under the borders: its opaque cells, drawn after them, hid every border
    map.createPane('closeland');
    const landPane = map.getPane('closeland')!;
    landPane.style.zIndex = '245';
    landPane.style.pointerEvents = 'none';
    const outlines = unwrapAntimeridian(feature(topo, countries));
    this.countryLabels = countryLabelPoints(outlines);
    this.countryFill = L.geoJSON(outlines, {
      pane: 'basemap',
      interactive: false,
      style: COUNTRY_STYLE,
    }).addTo(map);
    this.landLayer.addTo(map);
    this.borderMesh = L.geoJSON(mesh(topo, countries, (a, b) => a !== b), {
      pane: 'basemap',
      interactive: false,
      style: BORDER_STYLE,
    }).addTo(map);
  }

  private syncTiles() {
    const map = this.map;
    if (!map) return;
    if (this.tileLayer) {
      this.tileLayer.remove();
      this.tileLayer = null;
    }
    if (this.tileUrl) {
      this.tileLayer = L.tileLayer(this.tileUrl, { attribution: escapeText(this.tileAttribution), maxZoom: 18 });
      this.tileLayer.addTo(map);
    }
  }

  private syncMarkers() {
    const map = this.map;
    if (!map) return;
    this.markerById.clear();
    for (const m of this.markers ?? []) {
      const marker = L.marker([m.lat, m.lon], {
        icon: L.divIcon({
          className: m.flag ? `pm-marker pm-flag-${safeClass(m.flag)}` : 'pm-marker',
          html: shapeElement(m.category),
          iconSize: [16, 16],
          iconAnchor: [8, 8],
        }),
        title: m.label,
        alt: m.label,
        keyboard: true,
        riseOnHover: true,
      });
      marker.bindTooltip(textElement(markerName(m)), { direction: 'top', offset: [0, -8] });
      const fire = () =>
        this.dispatchEvent(new CustomEvent('marker-click', { detail: { id: m.id }, bubbles: true, composed: true }));
      marker.on('click', fire);
      // Leaflet makes keyboard markers focusable but only opens popups on Enter; we use no popups.
      onKeyActivate(marker, fire);
      marker.on('add', () => {
        const el = marker.getElement();
        if (el) {
          el.setAttribute('role', 'button');
          el.setAttribute('aria-label', m.label);
          el.dataset.markerId = m.id;
          el.addEventListener('focus', () => {
            const map = this.map;
            if (map && !map.getBounds().pad(-0.05).contains(marker.getLatLng())) map.panTo(marker.getLatLng(), { animate: false });
          });
        }
      });
      this.markerById.set(m.id, marker);
    }
    this.recluster();
    if (!this.fitted) this.fitView();
  }

  /**
   * Shows each marker on its own unless markers crowd: of markers whose icons would overlap at the
   * current zoom (closer than CLUSTER_PX), the most important (the first given) is drawn, with a "+N"
   * badge beside it, named after the places it stands for. The selected and highlighted markers are
   * never hidden, so a place chosen in a list is always visible. Activating a badge zooms in until the
   * places separate, or, when zooming cannot separate them, spreads them around the point.
   */
  private recluster() {
    const map = this.map;
    if (!map) return;
    this.markerLayer.clearLayers();
    this.clusterLayer.clearLayers();
    const zoom = map.getZoom();
    const pinned = new Set<string>([this.selectedId, ...(this.highlightedIds ?? [])]);
    type Item = { m: MapMarker; marker: L.Marker; p: L.Point };
    const items: Item[] = [];
    const cells = new Map<string, Item[]>();
    for (const m of this.markers ?? []) {
      const marker = this.markerById.get(m.id)!;
      marker.setLatLng([m.lat, m.lon]);
      const item = { m, marker, p: map.project([m.lat, m.lon], zoom) };
      items.push(item);
      const key = `${Math.floor(item.p.x / CLUSTER_PX)},${Math.floor(item.p.y / CLUSTER_PX)}`;
      (cells.get(key) ?? cells.set(key, []).get(key)!).push(item);
    }
    const taken = new Set<string>();
    const crowds: { seed: MapMarker; hidden: MapMarker[]; p: L.Point }[] = [];
    const shownAt: L.Point[] = [];
    // markers come most important first, so each cluster is placed at its most important member
    for (const a of items) {
      if (taken.has(a.m.id)) continue;
      taken.add(a.m.id);
      const members = [a];
      if (!pinned.has(a.m.id)) {
        const cx = Math.floor(a.p.x / CLUSTER_PX);
        const cy = Math.floor(a.p.y / CLUSTER_PX);
        for (let dx = -1; dx <= 1; dx++) {
          for (let dy = -1; dy <= 1; dy++) {
            for (const b of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
              if (taken.has(b.m.id) || pinned.has(b.m.id) || a.p.distanceTo(b.p) >= CLUSTER_PX) continue;
              members.push(b);
              taken.add(b.m.id);
            }
          }
        }
      }
      // the most important marker of a crowd stays itself; a badge beside it stands for the others
      a.marker.addTo(this.markerLayer);
      shownAt.push(a.p);
      if (members.length > 1) crowds.push({ seed: a.m, hidden: members.slice(1).map((x) => x.m), p: a.p });
    }
    // each badge takes the first corner of its marker where it covers no marker and no other badge
    const occupied: Box[] = shownAt.map((p) => ({ x: p.x - 8, y: p.y - 8, w: 16, h: 16 }));
    for (const crowd of crowds) {
      const corners = BADGE_CORNERS.map(([dx, dy]) => ({ dx, dy, box: { x: crowd.p.x + dx, y: crowd.p.y + dy, w: 26, h: 18 } }));
      const corner = corners.find((c) => !occupied.some((o) => overlaps(c.box, o))) ?? corners[0];
      occupied.push(corner.box);
      this.addCluster(crowd.seed, crowd.hidden, crowd.p, zoom, [corner.dx, corner.dy]);
    }
    this.syncSelection();
  }

  private addCluster(seed: MapMarker, hidden: MapMarker[], at: L.Point, zoom: number, offset: [number, number]) {
    const map = this.map!;
    const names = hidden.map((m) => m.label);
    const label = `${hidden.length} more ${hidden.length === 1 ? 'place' : 'places'} near ${seed.label}: `
      + `${names.slice(0, 6).join(', ')}${names.length > 6 ? ', …' : ''}`;
    const count = document.createElement('span');
    count.textContent = `+${hidden.length}`;
    const badge = L.marker(map.unproject(at, zoom), {
      // drawn at a corner of the place it sits beside, clear of its marker
      icon: L.divIcon({ className: 'pm-cluster', html: count, iconSize: [26, 18], iconAnchor: [-offset[0], -offset[1]] }),
      title: label,
      alt: label,
      keyboard: true,
      zIndexOffset: 500,
    });
    const bounds = L.latLngBounds([seed, ...hidden].map((m) => [m.lat, m.lon] as [number, number]));
    const open = () => {
      const target = Math.min(map.getBoundsZoom(bounds.pad(0.5)), map.getMaxZoom());
      if (target > zoom + 0.25) {
        map.fitBounds(bounds.pad(0.5));
      } else {
        this.spread(hidden, at, zoom, badge);
      }
    };
    badge.on('click', (e: L.LeafletMouseEvent) => {
      L.DomEvent.stopPropagation(e);
      open();
    });
    onKeyActivate(badge, open);
    badge.on('add', () => {
      const el = badge.getElement();
      if (el) {
        el.setAttribute('role', 'button');
        el.setAttribute('aria-label', label);
      }
    });
    badgeOffsets.set(badge, offset);
    badge.addTo(this.clusterLayer);
  }

  /** Places that share (nearly) one point: drawn around it in a circle, each with a leg to the point. */
  private spread(members: MapMarker[], seed: L.Point, zoom: number, cluster: L.Marker) {
    const map = this.map!;
    cluster.remove();
    const radius = Math.max(28, (members.length * 22) / (2 * Math.PI));
    members.forEach((m, i) => {
      const angle = (2 * Math.PI * i) / members.length - Math.PI / 2;
      const at = map.unproject(seed.add(L.point(Math.cos(angle) * radius, Math.sin(angle) * radius)), zoom);
      L.polyline([[m.lat, m.lon], at], { color: '#495057', weight: 1, interactive: false }).addTo(this.clusterLayer);
      const marker = this.markerById.get(m.id)!;
      marker.setLatLng(at);
      marker.addTo(this.markerLayer);
    });
    this.syncSelection();
    // focus the first spread marker, so keyboard users continue where they were
    (this.markerById.get(members[0].id)?.getElement() as HTMLElement | undefined)?.focus();
  }

  /** Shows the focus area if one is set, else all markers. */
  private fitView() {
    const map = this.map;
    if (!map) return;
    // once a move the application asked for has been made, the opening fit never undoes it
    if (this.fitted && this.viewDone >= 0) return;
    let bounds: L.LatLngBounds | null = null;
    if (this.viewBounds) {
      bounds = L.latLngBounds([this.viewBounds.south, this.viewBounds.west], [this.viewBounds.north, this.viewBounds.east]);
    } else if (this.markers?.length) {
      bounds = L.latLngBounds(this.markers.map((m) => [m.lat, m.lon] as [number, number]));
    }
    if (!bounds) return;
    // not animated: the bounds must be final at once, or a move asked for next would be judged against
    // the view before the fit (a link to Tartus on a map opening over China stayed over China)
    map.fitBounds(bounds.pad(0.1), { maxZoom: 8, animate: false });
    this.fitted = true;
  }

  /**
   * Carries out the application's last move request (see MapView), once. A point keeps the zoom within
   * 5..maxZoom; an area is fitted. A move shorter than a view's width is animated; a longer one jumps, so
   * the reader is never flown across the world.
   */
  private applyView() {
    const map = this.map;
    const v = this.view;
    if (!map || !v || v.seq === this.viewDone) return;
    // not before the map has its size and its first fit: "already in view" would be judged against the
    // provisional world view, and the fit would then move the map away from what was asked for
    const size = map.getSize();
    if (!this.fitted || size.x === 0 || size.y === 0) return;
    this.viewDone = v.seq;
    const target = L.latLngBounds([v.south, v.west], [v.north, v.east]);
    const current = map.getBounds();
    if (v.keepIfVisible && current.pad(-0.08).contains(target)) return;
    const point = v.south === v.north && v.west === v.east;
    const zoom = point
      ? Math.min(Math.max(map.getZoom(), 5), v.maxZoom)
      : Math.min(map.getBoundsZoom(target.pad(0.15)), v.maxZoom);
    const centre = target.getCenter();
    if (current.pad(1).contains(centre) && Math.abs(zoom - map.getZoom()) <= 3) {
      map.flyTo(centre, zoom, { duration: 0.5 });
    } else {
      map.setView(centre, zoom, { animate: false });
    }
  }

  /**
   * Names on the map, so it reads without hovering: the selected claim's label, then the chosen places
   * (selected, highlighted), then the other places in the order given (most mentioned first), then the
   * claims longest on screen (at most MAX_LINE_LABELS, none on a line shorter than LABEL_MIN_PX), then
   * seas (largest first, where a sea is at least one and a half times as wide on screen as its name), then
   * countries. Greedy and collision-free: each
   * label takes the first of eight spots around its marker (right, left, the four diagonals, above, below)
   * that overlaps no marker, badge or earlier label and lies inside the view; a label that fits nowhere is
   * left out, except a chosen place's, which is drawn on a highlight over its neighbours. Zooming in spreads the markers, so more labels fit.
   * Countries are named only while their outline is wider on screen than their name. At most MAX_LABELS
   * places and MAX_COUNTRY_LABELS countries are considered, so the cost stays flat with a thousand markers.
   */
  private syncLabels() {
    const map = this.map;
    if (!map) return;
    const pane = map.getPane(this.labelPaneName);
    if (!pane) return;
    pane.replaceChildren();
    const size = map.getSize();
    const boxes: Box[] = [];
    const shown: { m: MapMarker; p: L.Point }[] = [];
    for (const m of this.markers ?? []) {
      const marker = this.markerById.get(m.id);
      if (!marker || !this.markerLayer.hasLayer(marker)) continue;
      const p = map.latLngToContainerPoint(marker.getLatLng());
      if (p.x < -20 || p.y < -20 || p.x > size.x + 20 || p.y > size.y + 20) continue;
      boxes.push({ x: p.x - 8, y: p.y - 8, w: 16, h: 16 });
      shown.push({ m, p });
    }
    this.clusterLayer.eachLayer((layer) => {
      const el = (layer as L.Marker).getElement?.();
      if (!el) return;
      const p = map.latLngToContainerPoint((layer as L.Marker).getLatLng());
      const [dx, dy] = badgeOffsets.get(layer) ?? BADGE_CORNERS[0];
      boxes.push({ x: p.x + dx, y: p.y + dy, w: 26, h: 18 });
    });
    const selectedLine = this.lineById.get(this.selectedLineId);
    const selectedLabel = this.lineLabels.get(this.selectedLineId);
    if (selectedLine && selectedLabel) {
      const centred = this.lineLabelBox(selectedLine, selectedLabel);
      if (centred) {
        // the chosen claim's label is always shown: kept inside the map, and wrapped when wider than it (a phone);
        // on the line's middle, or just below or above it when a marker is there (a short line: "6 km from the border")
        const spots = [centred, { ...centred, y: centred.y + LINE_LABEL_SHIFT }, { ...centred, y: centred.y - LINE_LABEL_SHIFT }]
          .map((b) => keptInside(b, size));
        const box = spots.find((b) => !boxes.some((o) => overlaps(b, o))) ?? spots[0];
        boxes.push(box);
        const el = this.label(selectedLabel, box, 'pm-label pm-label-line pm-label-line-selected');
        if (box.w < centred.w) {
          el.style.whiteSpace = 'normal';
          el.style.width = `${box.w}px`;
          el.style.boxSizing = 'border-box';
        }
        pane.append(el);
      }
    }
    const chosen = new Set<string>([this.selectedId, ...(this.highlightedIds ?? [])]);
    shown.sort((a, b) => Number(chosen.has(b.m.id)) - Number(chosen.has(a.m.id)));
    let placed = 0;
    for (const { m, p } of shown.slice(0, MAX_LABELS * 4)) {
      if (placed >= MAX_LABELS) break;
      const w = textWidth(m.label, PLACE_FONT) + 6;
      const h = 16;
      const spots: Box[] = [
        { x: p.x + 10, y: p.y - h / 2, w, h },
        { x: p.x - 10 - w, y: p.y - h / 2, w, h },
        { x: p.x + 7, y: p.y - 7 - h, w, h },
        { x: p.x + 7, y: p.y + 7, w, h },
        { x: p.x - 7 - w, y: p.y - 7 - h, w, h },
        { x: p.x - 7 - w, y: p.y + 7, w, h },
        { x: p.x - w / 2, y: p.y - 11 - h, w, h },
        { x: p.x - w / 2, y: p.y + 11, w, h },
      ];
      let spot = spots.find((b) => inside(b, size) && !boxes.some((o) => overlaps(b, o)));
      // what the reader chose is always named: where it fits best, over its neighbours if need be
      if (!spot && chosen.has(m.id)) spot = spots.find((b) => inside(b, size)) ?? spots[0];
      if (!spot) continue;
      boxes.push(spot);
      placed++;
      pane.append(this.label(m.label, spot, chosen.has(m.id) ? 'pm-label pm-label-chosen' : 'pm-label'));
    }
    // claim labels where they fit: the lines longest on screen first, none shorter than its label needs
    const view = map.getBounds().pad(0.1);
    const lines: { id: string; length: number; polyline: L.Polyline }[] = [];
    for (const [id, polyline] of this.lineById) {
      if (id === this.selectedLineId || !this.lineLabels.has(id) || !view.intersects(polyline.getBounds())) continue;
      const points = polyline.getLatLngs() as L.LatLng[];
      if (points.length < 2) continue;
      const length = map.latLngToContainerPoint(points[0]).distanceTo(map.latLngToContainerPoint(points[points.length - 1]));
      if (length >= LABEL_MIN_PX) lines.push({ id, length, polyline });
    }
    lines.sort((a, b) => b.length - a.length);
    let lineLabels = 0;
    for (const { id, polyline } of lines) {
      if (lineLabels >= MAX_LINE_LABELS) break;
      const text = this.lineLabels.get(id)!;
      const box = this.lineLabelBox(polyline, text);
      if (!box || !inside(box, size) || boxes.some((o) => overlaps(box, o))) continue;
      boxes.push(box);
      lineLabels++;
      pane.append(this.label(text, box, 'pm-label pm-label-line'));
    }
    // seas, largest first, where they are wider on screen than their names
    let seas = 0;
    for (const a of this.areaLabels ?? []) {
      if (seas >= MAX_SEA_LABELS) break;
      const w = textWidth(a.name, SEA_FONT) + 4;
      const width = map.latLngToContainerPoint([a.lat, a.east]).x - map.latLngToContainerPoint([a.lat, a.west]).x;
      if (width < w * 1.5) continue;
      const p = map.latLngToContainerPoint([a.lat, a.lon]);
      const box = { x: p.x - w / 2, y: p.y - 7, w, h: 14 };
      if (!inside(box, size) || boxes.some((o) => overlaps(box, o))) continue;
      boxes.push(box);
      seas++;
      pane.append(this.label(a.name, box, 'pm-label pm-label-sea'));
    }
    if (map.getZoom() > COUNTRY_LABEL_MAX_ZOOM) return;
    let countries = 0;
    for (const c of this.countryLabels) {
      if (countries >= MAX_COUNTRY_LABELS) break;
      const name = c.name.toUpperCase();
      const w = textWidth(name, COUNTRY_FONT) + 4;
      const width = map.latLngToContainerPoint([c.lat, c.east]).x - map.latLngToContainerPoint([c.lat, c.west]).x;
      if (width < w) continue;
      const p = map.latLngToContainerPoint([c.lat, c.lon]);
      const box = { x: p.x - w / 2, y: p.y - 7, w, h: 14 };
      if (!inside(box, size) || boxes.some((o) => overlaps(box, o))) continue;
      boxes.push(box);
      countries++;
      pane.append(this.label(name, box, 'pm-label pm-label-country'));
    }
  }

  /**
   * From zoom LAND_MIN_ZOOM on, the 1:50m outlines are too coarse (ports fall in the sea): the server's
   * 1:10m land (GET api/land, cells of a 10° grid) is drawn instead, fetched for the cells in view and kept.
   * Closer in than that the 1:50m fill, coast and borders are hidden: the 1:10m land lies under the 1:10m land borders
   * that come with it (drawn above it: the opaque land cells used to hide every border).
   */
  private syncLand() {
    const map = this.map;
    if (!map || !this.countryFill) return;
    const close = map.getZoom() >= LAND_MIN_ZOOM;
    if (!close) {
      this.countryFill.setStyle(COUNTRY_STYLE);
      this.landLayer.remove();
      this.borderMesh?.addTo(map);
      return;
    }
    const view = map.getBounds().pad(0.25);
    const step = 10;
    const south = Math.max(-90, Math.floor(view.getSouth() / step) * step);
    const north = Math.min(90, Math.ceil(view.getNorth() / step) * step);
    const west = Math.max(-180, Math.floor(view.getWest() / step) * step);
    const east = Math.min(180, Math.ceil(view.getEast() / step) * step);
    if (south >= north || west >= east || north - south > 60 || east - west > 60) return;
    const wanted: string[] = [];
    for (let s = south; s < north; s += step) {
      for (let w = west; w < east; w += step) {
        const id = `land:${s}:${w}`;
        if (!this.landCells.has(id)) wanted.push(id);
      }
    }
    if (!wanted.length) {
      // the close-zoom land of the whole view is there: it replaces the 1:50m fill (never before, so the
      // land is not drawn in sea colour while it loads)
      this.landLayer.addTo(map);
      this.countryFill.setStyle({ ...COUNTRY_STYLE, stroke: false, fillOpacity: 0 });
      if (this.borderPieces.size > 0) this.borderMesh?.remove(); // the 1:10m borders of the view are drawn instead
      return;
    }
    if (this.landRequests > 0) return;
    this.landRequests++;
    const url = new URL(`api/land?south=${south}&west=${west}&north=${north}&east=${east}`, document.baseURI);
    fetch(url, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((body: { cells: { id: string; polygons: string[][] }[]; borders?: string[] }) => {
        wanted.forEach((id) => this.landCells.add(id)); // cells without land come back absent
        for (const cell of body.cells) {
          const rings = cell.polygons.map((polygon) => polygon.map(decodePolyline));
          // opaque, in the colour the 1:50m fill shows over the sea: translucent cells would show seams where
          // their edges meet
          L.polygon(rings, { pane: 'closeland', interactive: false, stroke: false, fillColor: LAND_CLOSE_COLOUR, fillOpacity: 1 })
            .addTo(this.landLayer);
        }
        for (const border of body.borders ?? []) {
          if (this.borderPieces.has(border)) continue;
          this.borderPieces.add(border);
          L.polyline(decodePolyline(border), { pane: 'basemap', interactive: false, ...BORDER_STYLE, className: 'pm-border-close' })
            .addTo(this.landLayer);
        }
      })
      .catch(() => {
        /* no close-zoom land: the 1:50m fill is still there underneath */
        this.countryFill?.setStyle(COUNTRY_STYLE);
      })
      .finally(() => {
        this.landRequests--;
        if (this.map === map) this.syncLand(); // cells that came into view meanwhile
      });
  }

  /** The box of a line's label, centred on the middle point of the line (a geodesic: its middle vertex). */
  private lineLabelBox(polyline: L.Polyline, text: string): Box | null {
    const points = polyline.getLatLngs() as L.LatLng[];
    if (points.length < 2 || !this.map) return null;
    const mid = points.length % 2 === 1
      ? this.map.latLngToContainerPoint(points[(points.length - 1) / 2])
      : this.map.latLngToContainerPoint(points[points.length / 2 - 1])
          .add(this.map.latLngToContainerPoint(points[points.length / 2])).divideBy(2);
    const w = textWidth(text, LINE_FONT) + 10;
    return { x: mid.x - w / 2, y: mid.y - 10, w, h: 20 };
  }

  private label(text: string, box: Box, className: string): HTMLElement {
    const el = document.createElement('span');
    el.className = className;
    el.textContent = text;
    el.setAttribute('aria-hidden', 'true'); // the markers carry the names for assistive technology
    L.DomUtil.setPosition(el, this.map!.containerPointToLayerPoint([box.x, box.y]));
    return el;
  }

  private syncLines() {
    if (!this.map) return;
    this.lineLayer.clearLayers();
    this.lineById.clear();
    this.lineLabels.clear();
    // an end of a line where no marker stands (the nearest point of a border, a place the filters hide) gets a dot
    // of its own, so that no line ends in nothing
    const markerAt = new Set((this.markers ?? []).map((m) => pointKey(m.lat, m.lon)));
    for (const line of this.lines ?? []) {
      const interactive = line.style !== 'measure';
      // "<verdict>-depends": a verdict that changes with the reference point, drawn dash-dotted
      const depends = line.style.endsWith('-depends');
      const base = depends ? line.style.slice(0, -'-depends'.length) : line.style;
      const points = line.points.length === 2 ? greatCircle(line.points[0], line.points[1]) : line.points;
      const polyline = L.polyline(continuous(points), {
        className: `pm-line pm-line-${safeClass(base)}${depends ? ' pm-line-depends' : ''}`,
        color: LINE_COLOURS[base] ?? '#444',
        weight: base === 'measure' ? 3 : 3.5,
        dashArray: base === 'measure' ? '6 6' : depends ? '12 5 2 5' : base === 'unverifiable' ? '2 6' : undefined,
        interactive,
      });
      if (line.label) {
        // on hover only: the labels that stay open are drawn by syncLabels, where they fit (a thousand
        // permanent Leaflet tooltips each force a layout when placed: 7 s for 1,000 claims)
        polyline.bindTooltip(textElement(line.label), { sticky: true, direction: 'auto', className: 'pm-line-label' });
        this.lineLabels.set(line.id, line.label);
      }
      if (interactive) {
        const fire = () =>
          this.dispatchEvent(new CustomEvent('line-click', { detail: { id: line.id }, bubbles: true, composed: true }));
        polyline.on('click', (e: L.LeafletMouseEvent) => {
          L.DomEvent.stopPropagation(e);
          fire();
        });
        polyline.on('add', () => {
          const el = polyline.getElement();
          if (el) {
            el.setAttribute('role', 'button');
            el.setAttribute('tabindex', '0');
            el.setAttribute('aria-label', line.label ?? line.id);
            (el as SVGElement).dataset.lineId = line.id;
            el.addEventListener('keydown', (ev: Event) => {
              const key = (ev as KeyboardEvent).key;
              if (key === 'Enter' || key === ' ') {
                ev.preventDefault();
                fire();
              }
            });
          }
        });
      }
      polyline.addTo(this.lineLayer);
      this.lineById.set(line.id, polyline);
      if (base !== 'measure' && line.points.length >= 2) {
        for (const end of [line.points[0], line.points[line.points.length - 1]]) {
          if (markerAt.has(pointKey(end[0], end[1]))) continue;
          L.circleMarker(end, { radius: 4, color: LINE_COLOURS[base] ?? '#444', weight: 2, fillColor: '#fff',
            fillOpacity: 1, interactive: false, className: 'pm-line-end' }).addTo(this.lineLayer);
        }
      }
    }
  }

  private syncLineSelection() {
    for (const [id, polyline] of this.lineById) {
      const selected = id === this.selectedLineId;
      polyline.getElement()?.classList.toggle('pm-line-selected', selected);
      if (selected) polyline.bringToFront();
    }
    this.syncLabels();
  }

  private syncLegend() {
    const map = this.map;
    if (!map) return;
    this.legendControl?.remove();
    this.legendControl = null;
    if (!this.legend?.length) return;
    const entries = this.legend;
    const control = new L.Control({ position: 'bottomright' });
    control.onAdd = () => {
      const box = document.createElement('div');
      box.className = 'pm-legend';
      box.setAttribute('role', 'group');
      box.setAttribute('aria-label', 'Legend');
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      const toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'pm-legend-toggle';
      toggle.textContent = 'Legend';
      const rows = document.createElement('div');
      rows.id = 'pm-legend-rows';
      toggle.setAttribute('aria-controls', rows.id);
      // open by default where there is room, folded on a narrow (phone) map; the reader's choice is kept, also
      // across visits in this browser (a legend folded once stays folded; one opened stays open where there is room)
      const wide = map.getSize().x >= 600;
      const stored = storedLegendChoice();
      const open = this.legendOpen ?? (stored === 'folded' ? false : wide);
      const setOpen = (value: boolean) => {
        this.legendOpen = value;
        rows.hidden = !value;
        toggle.setAttribute('aria-expanded', String(value));
        box.classList.toggle('pm-legend-folded', !value);
      };
      toggle.addEventListener('click', () => {
        setOpen(!this.legendOpen);
        storeLegendChoice(this.legendOpen ? 'open' : 'folded');
      });
      setOpen(open);
      box.append(toggle, rows);
      for (const entry of entries) {
        const row = document.createElement('div');
        row.className = 'pm-legend-row';
        const swatch = shapeElement(entry.category);
        swatch.setAttribute('aria-hidden', 'true');
        const text = document.createElement('span');
        text.textContent = entry.label;
        row.append(swatch, text);
        rows.append(row);
      }
      return box;
    };
    control.addTo(map);
    this.legendControl = control;
  }

  /** Whether a selected or highlighted marker is hidden behind a "+N" badge. */
  private chosenHidden(): boolean {
    return [this.selectedId, ...(this.highlightedIds ?? [])].some((id) => {
      const marker = this.markerById.get(id);
      return !!marker && !this.markerLayer.hasLayer(marker);
    });
  }

  /**
   * Marks the selected and highlighted markers. With {@code onlyChanged}, only the markers styled before or
   * to be styled now are touched; otherwise (after markers were re-added, which resets their classes) all.
   */
  private syncSelection(onlyChanged = false) {
    const highlighted = new Set(this.highlightedIds ?? []);
    const ids = onlyChanged
      ? new Set<string>([...this.styled, this.selectedId, ...highlighted])
      : new Set<string>(this.markerById.keys());
    this.styled.clear();
    for (const id of ids) {
      const marker = this.markerById.get(id);
      if (!marker) continue;
      const el = marker.getElement();
      const selected = id === this.selectedId;
      const isHighlighted = !selected && highlighted.has(id);
      el?.classList.toggle('pm-selected', selected);
      el?.classList.toggle('pm-highlighted', isHighlighted);
      el?.setAttribute('aria-pressed', String(selected));
      const offset = selected ? 1000 : isHighlighted ? 900 : 0;
      if (marker.options.zIndexOffset !== offset) marker.setZIndexOffset(offset);
      if (selected || isHighlighted) this.styled.add(id);
    }
  }
}

/**
 * Makes each ring's longitudes continuous: Leaflet draws in plain lon/lat, so a ring that steps from
 * 180 to -180 (Russia's Chukotka, Fiji) would otherwise be drawn as a band across the whole world.
 */
function unwrapAntimeridian<T extends GeoJSON.GeoJSON>(geojson: T): T {
  const unwrapRing = (ring: GeoJSON.Position[]): GeoJSON.Position[] => {
    let shift = 0;
    let previous: number | null = null;
    return ring.map(([lon, lat]) => {
      if (previous !== null) {
        const step = lon + shift - previous;
        if (step > 180) shift -= 360;
        else if (step < -180) shift += 360;
      }
      previous = lon + shift;
      return [previous, lat];
    });
  };
  const unwrapGeometry = (g: GeoJSON.Geometry) => {
    if (g.type === 'Polygon') g.coordinates = g.coordinates.map(unwrapRing);
    else if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map((polygon) => polygon.map(unwrapRing));
  };
  if (geojson.type === 'FeatureCollection') geojson.features.forEach((f) => f.geometry && unwrapGeometry(f.geometry));
  else if (geojson.type === 'Feature' && geojson.geometry) unwrapGeometry(geojson.geometry);
  return geojson;
}

/** Markers closer than this many pixels at the current zoom are drawn as one cluster. */
const CLUSTER_PX = 14;
/** A line's label stays open when the line is at least this long on screen (a label is about 180 px wide). */
const LABEL_MIN_PX = 200;

const LINE_COLOURS: Record<string, string> = {
  measure: '#1c7ed6',
  consistent: '#2b8a3e',
  inconsistent: '#c92a2a',
  unverifiable: '#868e96',
};

/**
 * Points along the great circle from a to b ([lat, lon], degrees), both included: one step per 100 km of
 * arc or so (1 to 64 steps), by spherical linear interpolation of the unit vectors. On the map this is
 * the geodesic to well under a pixel's difference from WGS84's at the zooms that show the whole line.
 */
function greatCircle(a: [number, number], b: [number, number]): [number, number][] {
  const rad = Math.PI / 180;
  const toVector = ([lat, lon]: [number, number]) => [
    Math.cos(lat * rad) * Math.cos(lon * rad), Math.cos(lat * rad) * Math.sin(lon * rad), Math.sin(lat * rad)];
  const u = toVector(a);
  const v = toVector(b);
  const dot = Math.min(1, Math.max(-1, u[0] * v[0] + u[1] * v[1] + u[2] * v[2]));
  const angle = Math.acos(dot);
  const steps = Math.min(64, Math.max(1, Math.ceil((angle * 6371) / 100)));
  if (steps === 1 || Math.sin(angle) < 1e-9) return [a, b];
  const out: [number, number][] = [a];
  for (let i = 1; i < steps; i++) {
    const t = i / steps;
    const s1 = Math.sin((1 - t) * angle) / Math.sin(angle);
    const s2 = Math.sin(t * angle) / Math.sin(angle);
    const x = s1 * u[0] + s2 * v[0];
    const y = s1 * u[1] + s2 * v[1];
    const z = s1 * u[2] + s2 * v[2];
    out.push([Math.atan2(z, Math.hypot(x, y)) / rad, Math.atan2(y, x) / rad]);
  }
  out.push(b);
  return out;
}

/** Longitudes made continuous, so a line across the antimeridian is drawn the short way. */
function continuous(points: [number, number][]): [number, number][] {
  let shift = 0;
  return points.map(([lat, lon], i) => {
    if (i > 0) {
      const previous = points[i - 1][1] + shift;
      if (lon + shift - previous > 180) shift -= 360;
      else if (lon + shift - previous < -180) shift += 360;
    }
    return [lat, lon + shift];
  });
}

/** Enter or Space on a focused marker runs {@code action}, as a click does. */
function onKeyActivate(marker: L.Marker, action: () => void) {
  marker.on('keypress', (e: L.LeafletKeyboardEvent) => {
    const key = e.originalEvent.key;
    if (key === 'Enter' || key === ' ') {
      e.originalEvent.preventDefault();
      action();
    }
  });
}

/** The legend's last fold or unfold by the reader in this browser, or null (storage may be off or full). */
function storedLegendChoice(): 'open' | 'folded' | null {
  try {
    const v = window.localStorage.getItem('placemap.legend');
    return v === 'open' || v === 'folded' ? v : null;
  } catch {
    return null;
  }
}

function storeLegendChoice(choice: 'open' | 'folded') {
  try {
    window.localStorage.setItem('placemap.legend', choice);
  } catch {
    // private mode or full storage: the choice lasts for this page only
  }
}

/** A marker's tooltip: its label, and "check this" when flagged so. */
function markerName(m: MapMarker): string {
  return m.flag === 'check' ? `${m.label} · check this` : m.label;
}

function shapeElement(category: string): HTMLElement {
  const span = document.createElement('span');
  // "claim-<style>" legend rows show a line swatch in that line style's colour instead of a marker shape
  span.className = category.startsWith('claim-') ? `pm-line-swatch pm-${safeClass(category)}` : `pm-shape pm-${safeClass(category)}`;
  return span;
}

function textElement(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

function escapeText(text: string): string {
  const div = document.createElement('div');
  div.textContent = text;
  return div.innerHTML;
}

function safeClass(value: string): string {
  return (value || 'other').toLowerCase().replace(/[^a-z0-9-]/g, '');
}

type Box = { x: number; y: number; w: number; h: number };

/** Runs {@code task} in a task of its own once the browser has painted what is there now. */
function afterPaint(task: () => void) {
  requestAnimationFrame(() => setTimeout(task));
}

/** From this zoom on the 1:10m land replaces the 1:50m outlines. */
const LAND_MIN_ZOOM = 6;
const LAND_COLOUR = '#f4f1ea';
/** LAND_COLOUR at 0.8 over the sea (#cfe3f0), as one opaque colour. */
const LAND_CLOSE_COLOUR = '#edeeeb';
const COUNTRY_STYLE: L.PathOptions = { color: '#8c8c8c', weight: 0.6, fillColor: LAND_COLOUR, fillOpacity: 0.8, stroke: true };
/** Borders between countries: the 1:50m mesh at far zooms, the 1:10m lines at close ones. */
const BORDER_STYLE: L.PathOptions = { color: '#8c8c8c', weight: 0.8, fill: false };

/** A point's key to about 10 m, to tell whether a marker stands where a line ends. */
function pointKey(lat: number, lon: number): string {
  return `${lat.toFixed(4)},${lon.toFixed(4)}`;
}

/** Google's encoded polyline (precision 5, latitude first) as [lat, lon] pairs. */
function decodePolyline(encoded: string): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  let lat = 0;
  let lon = 0;
  const next = () => {
    let result = 0;
    let shift = 0;
    let b: number;
    do {
      b = encoded.charCodeAt(i++) - 63;
      result |= (b & 0x1f) << shift;
      shift += 5;
    } while (b >= 0x20);
    return result & 1 ? ~(result >> 1) : result >> 1;
  };
  while (i < encoded.length) {
    lat += next();
    lon += next();
    out.push([lat / 1e5, lon / 1e5]);
  }
  return out;
}

/** Where a "+N" badge may sit, as the offset of its top-left from its marker's centre: upper right first. */
const BADGE_CORNERS: [number, number][] = [[9, -27], [-35, -27], [9, 9], [-35, 9]];
const badgeOffsets = new WeakMap<L.Layer, [number, number]>();

/** At most this many place names are drawn at once. */
const MAX_LABELS = 60;
/** At most this many country names are drawn at once. */
const MAX_COUNTRY_LABELS = 40;
/** Country names are drawn up to this zoom; closer in, the places speak for themselves. */
const COUNTRY_LABEL_MAX_ZOOM = 7;
const PLACE_FONT = '600 12px system-ui, sans-serif';
const LINE_FONT = '12px system-ui, sans-serif';
/** At most this many claim labels stay open at once (besides the selected claim's). */
/** How far a chosen claim's label moves off the line's middle when a marker stands there, in pixels. */
const LINE_LABEL_SHIFT = 22;
const MAX_LINE_LABELS = 12;
const COUNTRY_FONT = '600 10px system-ui, sans-serif';
const SEA_FONT = 'italic 11px system-ui, sans-serif';
/** At most this many sea names are drawn at once. */
const MAX_SEA_LABELS = 12;

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * {@code b} moved (and, when wider than the map less a margin, narrowed to that width, its height grown for the lines
 * its text then wraps into) so that it lies inside a map of {@code size}.
 */
function keptInside(b: Box, size: L.Point): Box {
  const margin = 4;
  const w = Math.min(b.w, Math.max(40, size.x - 2 * margin));
  const lines = Math.ceil(b.w / w);
  const h = b.h + (lines - 1) * 18;
  const x = Math.min(Math.max(b.x, margin), Math.max(margin, size.x - w - margin));
  const y = Math.min(Math.max(b.y, margin), Math.max(margin, size.y - h - margin));
  return { x, y, w, h };
}

function inside(b: Box, size: L.Point): boolean {
  return b.x >= 0 && b.y >= 0 && b.x + b.w <= size.x && b.y + b.h <= size.y;
}

let measureContext: CanvasRenderingContext2D | null = null;

/** The width in pixels of {@code text} in {@code font}, measured on a canvas (no layout). */
function textWidth(text: string, font: string): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * 7;
  measureContext.font = font;
  return measureContext.measureText(text).width;
}

/**
 * A label point for each country of the base map: the area-weighted centroid of its largest polygon's
 * outer ring (planar, in degrees: fine for placing a name), with that polygon's west and east edges; the
 * largest countries first, so they are named before small neighbours crowd them out.
 */
function countryLabelPoints(geojson: GeoJSON.GeoJSON) {
  const out: { name: string; lat: number; lon: number; west: number; east: number; area: number }[] = [];
  if (geojson.type !== 'FeatureCollection') return out;
  for (const f of geojson.features) {
    const name = (f.properties as { name?: string } | null)?.name;
    const g = f.geometry;
    if (!name || !g) continue;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    let best: { lat: number; lon: number; west: number; east: number; area: number } | null = null;
    for (const polygon of polygons) {
      const ring = polygon[0];
      let a = 0, cx = 0, cy = 0, west = Infinity, east = -Infinity;
      for (let i = 0; i < ring.length - 1; i++) {
        const [x0, y0] = ring[i];
        const [x1, y1] = ring[i + 1];
        const cross = x0 * y1 - x1 * y0;
        a += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
        west = Math.min(west, x0);
        east = Math.max(east, x0);
      }
      const area = Math.abs(a / 2);
      if (a === 0 || (best && best.area >= area)) continue;
      best = { lon: cx / (3 * a), lat: cy / (3 * a), west, east, area };
    }
    if (best) out.push({ name, ...best });
  }
  return out.sort((x, y) => y.area - x.area);
}

customElements.define('placemap-map', PlacemapMap);
