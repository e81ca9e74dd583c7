// geomap's interactive map: draws the regions and everything that changes with the snapshot.
//
// The region shapes arrive once, as delta-encoded integers (see encode_geometry in
// interactive.py), and are decoded into Leaflet layers here; each snapshot only brings its
// fills and texts. Every text in `data` was escaped in Python before it was embedded.
// Called once by the page with the map, its layer groups and the data.

function geomapStory(map, shareGroup, claimed, labels, backdrop, raionGroup, data) {
    function decode(polygons, scale) {
        return polygons.map(function (rings) {
            return rings.map(function (ring) {
                var out = [], x = 0, y = 0;
                for (var i = 0; i < ring.length; i += 2) {
                    x += ring[i]; y += ring[i + 1];
                    out.push([x / scale, y / scale]);
                }
                out.push(out[0]);
                return out;
            });
        });
    }
    function features(shapes, scale) {
        return shapes.map(function (shape) {
            var coordinates = decode(shape.geometry, scale);
            return {type: "Feature", properties: {code: shape.code, name: shape.name},
                    geometry: {type: "MultiPolygon", coordinates: coordinates}};
        });
    }
    if (backdrop) {
        L.geoJson(features(data.context, data.context_scale), {
            interactive: false, style: data.styles.land
        })
            .addTo(backdrop);
    }
    var share = L.geoJson(features(data.shapes, data.scale), {
        style: function (feature) {
            var s = Object.assign({}, data.styles.region);
            s.fillColor = feature.properties.fill;
            s.className = "geomap-region geomap-region-" + feature.properties.code;
            return s;
        },
        onEachFeature: function (feature, layer) {
            layer.on("mouseover", function () { layer.setStyle(data.styles.highlight); });
            layer.on("mouseout", function () { share.resetStyle(layer); });
        }
    }).addTo(shareGroup);
    share.bindTooltip(function (layer) { return layer.feature.properties.tooltip; },
                      {sticky: true, className: "geomap-tooltip"});

    // Raions: thin lines inside the regions with a figure, a fill of their own where a raion
    // has a figure, and every raion with its name as a layer the reader switches on.
    var raionFeatures = features(data.raions, data.scale);
    var raionLines = L.geoJson(null, {
        interactive: false,
        style: Object.assign({className: "geomap-raion-line"}, data.styles.raionLine)
    }).addTo(shareGroup);
    var raionFills = L.geoJson(null, {
        style: function (feature) {
            var s = Object.assign({}, data.styles.raion);
            s.fillColor = feature.properties.fill;
            s.className = "geomap-raion geomap-raion-" + feature.properties.code;
            return s;
        }
    }).addTo(shareGroup);
    raionFills.bindTooltip(function (layer) { return layer.feature.properties.tooltip; },
                           {sticky: true, className: "geomap-tooltip"});
    if (raionGroup) {
        L.geoJson(raionFeatures, {
            style: Object.assign({className: "geomap-raion-layer"}, data.styles.raionLayer)
        })
            .bindTooltip(function (layer) { return layer.feature.properties.name; },
                         {sticky: true, className: "geomap-tooltip"})
            .addTo(raionGroup);
    }

    var svg = map.getPane("overlayPane").querySelector("svg");
    var ns = "http://www.w3.org/2000/svg";
    var defs = document.createElementNS(ns, "defs");
    var pattern = document.createElementNS(ns, "pattern");
    pattern.setAttribute("id", data.hatch);
    pattern.setAttribute("patternUnits", "userSpaceOnUse");
    pattern.setAttribute("width", "8");
    pattern.setAttribute("height", "8");
    pattern.setAttribute("patternTransform", "rotate(45)");
    var line = document.createElementNS(ns, "line");
    line.setAttribute("x1", "0"); line.setAttribute("y1", "0");
    line.setAttribute("x2", "0"); line.setAttribute("y2", "8");
    line.setAttribute("stroke", data.styles.claimed.color);
    line.setAttribute("stroke-width", "1.6");
    pattern.appendChild(line);
    defs.appendChild(pattern);
    svg.insertBefore(defs, svg.firstChild);

    function show(day) {
        var snap = data.snapshots[day];
        share.eachLayer(function (layer) {
            var region = snap.regions[layer.feature.properties.code];
            layer.feature.properties.fill = region.fill;
            layer.feature.properties.tooltip = region.tooltip;
            share.resetStyle(layer);
        });
        raionLines.clearLayers();
        raionFills.clearLayers();
        raionFeatures.forEach(function (feature) {
            var raion = snap.raions[feature.properties.code];
            if (snap.outlined.indexOf(feature.properties.code) >= 0) raionLines.addData(feature);
            if (!raion) return;
            feature.properties.fill = raion.fill;
            feature.properties.tooltip = raion.tooltip;
            raionFills.addData(feature);
        });
        claimed.clearLayers();
        var hatched = share.toGeoJSON().features.filter(function (f) {
            return snap.regions[f.properties.code].claimed;
        });
        if (hatched.length) {
            var hatch = Object.assign({}, data.styles.claimed);
            hatch.fillColor = "url(#" + data.hatch + ")";
            L.geoJson(hatched, {
                interactive: false, className: "geomap-claimed", style: hatch
            }).addTo(claimed);
        }
        labels.clearLayers();
        Object.keys(data.anchors).forEach(function (code) {
            var unit = snap.regions[code] || snap.raions[code];
            var text = unit && unit.label;
            if (!text) return;
            var anchor = data.anchors[code];
            var css = anchor[2] ? "geomap-label geomap-small" : "geomap-label";
            L.marker([anchor[0], anchor[1]], {
                interactive: false,
                icon: L.divIcon({
                    html: "<div class='" + css + "' data-code='" + code + "'>" +
                        text + "</div>",
                    iconSize: [0, 0], className: "geomap-label-icon"
                })
            }).addTo(labels);
        });
        document.getElementById("geomap-subtitle").innerHTML = snap.subtitle;
        document.getElementById("geomap-headline").innerHTML = snap.headline;
        document.getElementById("geomap-notes").innerHTML = snap.notes;
    }

    if (data.order.length > 1) {
        var control = L.control({position: "topright"});
        control.onAdd = function () {
            var div = L.DomUtil.create("div", "geomap-snapshots leaflet-control");
            div.id = "geomap-snapshots";
            var html = "<b>Figures as of</b>";
            data.order.forEach(function (day, i) {
                var checked = i === data.order.length - 1 ? " checked" : "";
                html += "<label><input type='radio' name='geomap-snapshot' value='" +
                    day + "'" + checked + "> " + day + "</label>";
            });
            div.innerHTML = html;
            L.DomEvent.disableClickPropagation(div);
            L.DomEvent.disableScrollPropagation(div);
            div.addEventListener("change", function (e) { show(e.target.value); });
            return div;
        };
        control.addTo(map);
    }
    show(data.order[data.order.length - 1]);

    // Labels would overlap each other when zoomed far out (on phones); tooltips still tell all.
    function updateLabels() {
        map.getContainer().classList.toggle("geomap-zoomed-out", map.getZoom() < data.labelMinZoom);
    }
    map.on("zoomend", updateLabels);
    updateLabels();
}
