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
  private readonly lineLabelled = new Map<string, boolean>();
  private fitted = false;
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
    this.fitted = false;
  }

  protected updated(changed: PropertyValues) {
    if (!this.map) {
      this.ensureMap();
      return;
    }
    if (changed.has('tileUrl') || changed.has('tileAttribution')) this.syncTiles();
    if (changed.has('markers')) this.syncMarkers();
    if (changed.has('lines')) this.syncLines();
    if (changed.has('lines') || changed.has('selectedLineId')) this.syncLineSelection(changed.has('selectedLineId'));
    if (changed.has('legend')) this.syncLegend();
    if (changed.has('selectedId') || changed.has('highlightedIds')) {
      // a selected or highlighted marker leaves its cluster
      if (!changed.has('markers')) this.recluster();
      this.syncSelection(changed.has('selectedId'));
    }
    if (changed.has("viewBounds")) this.fitView();
  }

  private ensureMap() {
    if (this.map || !this.isConnected) return;
    const container = this.renderRoot.querySelector('#map') as HTMLElement | null;
    if (!container) return;
    const map = L.map(container, { worldCopyJump: true, minZoom: 2, maxZoom: 18, zoomSnap: 0.5 });
    this.map = map;
    map.setView([30, 20], 3);
    map.attributionControl.setPrefix('Leaflet');
    map.attributionControl.addAttribution('Base map: Natural Earth');
    this.addBaseMap(map);
    map.on('click', (e: L.LeafletMouseEvent) => {
      this.dispatchEvent(
        new CustomEvent('map-click', { detail: { lat: e.latlng.lat, lon: e.latlng.lng }, bubbles: true, composed: true }),
      );
    });
    this.markerLayer.addTo(map);
    this.clusterLayer.addTo(map);
    this.lineLayer.addTo(map);
    map.on('zoomend', () => {
      this.recluster();
      this.syncLineLabels();
    });
    this.syncTiles();
    this.syncLines();
    this.syncMarkers();
    this.syncLegend();
    this.syncSelection(false);
    this.fitView();
    this.syncLineLabels();
    this.resizeObserver = new ResizeObserver(() => map.invalidateSize());
    this.resizeObserver.observe(container);
  }

  private addBaseMap(map: L.Map) {
    const topo = countries50m as unknown as Topology;
    const countries = topo.objects.countries as GeometryCollection;
    map.createPane('basemap');
    const pane = map.getPane('basemap')!;
    pane.style.zIndex = '250';
    pane.style.pointerEvents = 'none';
    L.geoJSON(unwrapAntimeridian(feature(topo, countries)), {
      pane: 'basemap',
      interactive: false,
      style: { color: '#8c8c8c', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 0.8 },
    }).addTo(map);
    L.geoJSON(mesh(topo, countries, (a, b) => a !== b), {
      pane: 'basemap',
      interactive: false,
      style: { color: '#8c8c8c', weight: 0.8, fill: false },
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
          className: 'pm-marker',
          html: shapeElement(m.category),
          iconSize: [16, 16],
          iconAnchor: [8, 8],
        }),
        title: m.label,
        alt: m.label,
        keyboard: true,
        riseOnHover: true,
      });
      marker.bindTooltip(textElement(m.label), { direction: 'top', offset: [0, -8] });
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
      if (members.length > 1) {
        this.addCluster(a.m, members.slice(1).map((x) => x.m), a.p, zoom);
      }
    }
    this.syncSelection(false);
  }

  private addCluster(seed: MapMarker, hidden: MapMarker[], at: L.Point, zoom: number) {
    const map = this.map!;
    const names = hidden.map((m) => m.label);
    const label = `${hidden.length} more ${hidden.length === 1 ? 'place' : 'places'} near ${seed.label}: `
      + `${names.slice(0, 6).join(', ')}${names.length > 6 ? ', …' : ''}`;
    const count = document.createElement('span');
    count.textContent = `+${hidden.length}`;
    const badge = L.marker(map.unproject(at, zoom), {
      // drawn to the upper right of the place it sits beside
      icon: L.divIcon({ className: 'pm-cluster', html: count, iconSize: [26, 18], iconAnchor: [-6, 22] }),
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
    this.syncSelection(false);
    // focus the first spread marker, so keyboard users continue where they were
    (this.markerById.get(members[0].id)?.getElement() as HTMLElement | undefined)?.focus();
  }

  /** Shows the focus area if one is set, else all markers. */
  private fitView() {
    const map = this.map;
    if (!map) return;
    let bounds: L.LatLngBounds | null = null;
    if (this.viewBounds) {
      bounds = L.latLngBounds([this.viewBounds.south, this.viewBounds.west], [this.viewBounds.north, this.viewBounds.east]);
    } else if (this.markers?.length) {
      bounds = L.latLngBounds(this.markers.map((m) => [m.lat, m.lon] as [number, number]));
    }
    if (!bounds) return;
    map.fitBounds(bounds.pad(0.1), { maxZoom: 8 });
    this.fitted = true;
  }

  private syncLines() {
    if (!this.map) return;
    this.lineLayer.clearLayers();
    this.lineById.clear();
    this.lineLabelled.clear();
    for (const line of this.lines ?? []) {
      const interactive = line.style !== 'measure';
      const polyline = L.polyline(continuous(line.points), {
        className: `pm-line pm-line-${safeClass(line.style)}`,
        color: LINE_COLOURS[line.style] ?? '#444',
        weight: line.style === 'measure' ? 3 : 3.5,
        dashArray: line.style === 'measure' ? '6 6' : line.style === 'unverifiable' ? '2 6' : undefined,
        interactive,
      });
      if (line.label) {
        polyline.bindTooltip(textElement(line.label), { permanent: true, direction: 'center', className: 'pm-line-label' });
      }
      this.lineLabelled.set(line.id, !!line.label);
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
    }
  }

  /**
   * Line labels stay open only where they fit: on lines longer on screen than LABEL_MIN_PX, and on the
   * selected line. The others show theirs on hover, so labels of short lines do not pile up when zoomed out.
   */
  private syncLineLabels() {
    const map = this.map;
    if (!map) return;
    for (const [id, polyline] of this.lineById) {
      if (!this.lineLabelled.get(id)) continue;
      const points = polyline.getLatLngs() as L.LatLng[];
      const length = points.length < 2 ? 0
        : map.latLngToLayerPoint(points[0]).distanceTo(map.latLngToLayerPoint(points[points.length - 1]));
      const open = id === this.selectedLineId || length >= LABEL_MIN_PX;
      const tooltip = polyline.getTooltip();
      if (!tooltip) continue;
      if (open !== tooltip.options.permanent) {
        const content = tooltip.getContent();
        polyline.unbindTooltip();
        polyline.bindTooltip(content as HTMLElement, { permanent: open, direction: open ? 'center' : 'auto', sticky: !open, className: 'pm-line-label' });
        if (open) polyline.openTooltip();
      }
    }
  }

  private syncLineSelection(fit: boolean) {
    for (const [id, polyline] of this.lineById) {
      const selected = id === this.selectedLineId;
      polyline.getElement()?.classList.toggle('pm-line-selected', selected);
      if (selected) polyline.bringToFront();
    }
    this.syncLineLabels();
    const chosen = this.lineById.get(this.selectedLineId);
    if (fit && chosen && this.map) this.map.fitBounds(chosen.getBounds().pad(0.3), { maxZoom: 9 });
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
      box.setAttribute('aria-label', 'Legend');
      for (const entry of entries) {
        const row = document.createElement('div');
        row.className = 'pm-legend-row';
        const swatch = shapeElement(entry.category);
        swatch.setAttribute('aria-hidden', 'true');
        const text = document.createElement('span');
        text.textContent = entry.label;
        row.append(swatch, text);
        box.append(row);
      }
      return box;
    };
    control.addTo(map);
    this.legendControl = control;
  }

  private syncSelection(pan: boolean) {
    for (const [id, marker] of this.markerById) {
      const el = marker.getElement();
      const selected = id === this.selectedId;
      const highlighted = !selected && (this.highlightedIds ?? []).includes(id);
      el?.classList.toggle('pm-selected', selected);
      el?.classList.toggle('pm-highlighted', highlighted);
      el?.setAttribute('aria-pressed', String(selected));
      marker.setZIndexOffset(selected ? 1000 : highlighted ? 900 : 0);
    }
    const chosen = this.markerById.get(this.selectedId);
    if (pan && chosen && this.map) this.map.panTo(chosen.getLatLng());
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

customElements.define('placemap-map', PlacemapMap);
