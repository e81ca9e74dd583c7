// geomap's interactive map: draws the regions and everything that changes with the snapshot.
//
// The region shapes arrive once, as strings of delta-encoded integers (see encode_ring in
// interactive.py), and are decoded into Leaflet layers here; each snapshot only brings its
// fills and texts. Every text in `data` was escaped in Python before it was embedded.
// Called once by the page with the map, its layer groups and the data.

function geomapStory(map, shareGroup, claimed, labels, backdrop, subunitGroup, groundGroup, data) {
    // [lon, lat] points of one encoded string: numbers as source maps write them (Base64 VLQ:
    // five bits to a base64 digit, lowest first, 32 added to all digits but a number's last;
    // the sign in the lowest bit), each point the difference from the one before.
    var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    function points(text, scale) {
        var numbers = [], value = 0, factor = 1;
        for (var i = 0; i < text.length; i++) {
            var digit = DIGITS.indexOf(text.charAt(i));
            value += (digit & 0x1f) * factor;
            factor *= 32;
            if (digit < 0x20) {
                numbers.push(value % 2 ? -(value - 1) / 2 : value / 2);
                value = 0;
                factor = 1;
            }
        }
        var out = [], x = 0, y = 0;
        for (var k = 0; k < numbers.length; k += 2) {
            x += numbers[k]; y += numbers[k + 1];
            out.push([x / scale, y / scale]);
        }
        return out;
    }
    function decode(polygons, scale) {
        return polygons.map(function (rings) {
            return rings.map(function (ring) {
                var out = points(ring, scale);
                out.push(out[0]);
                return out;
            });
        });
    }
    function decodeLines(lines, scale) {
        return lines.map(function (line) { return points(line, scale); });
    }
    function multipolygon(encoded) {
        return {type: "Feature", properties: {},
                geometry: {type: "MultiPolygon", coordinates: decode(encoded, data.scale)}};
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
    // The regions are always on the map (their tooltips tell everything); the "Controlled
    // share" layer switches their fills, and the subunits', on and off.
    function sharesShown() { return map.hasLayer(shareGroup); }
    var share = L.geoJson(features(data.shapes, data.scale), {
        style: function (feature) {
            var s = Object.assign({}, data.styles.region);
            s.fillColor = sharesShown() ? feature.properties.fill : data.noFigure;
            s.className = "geomap-region geomap-region-" + feature.properties.code;
            return s;
        },
        onEachFeature: function (feature, layer) {
            layer.on("mouseover", function () { layer.setStyle(data.styles.highlight); });
            layer.on("mouseout", function () { share.resetStyle(layer); });
        }
    }).addTo(map);
    share.bindTooltip(function (layer) { return layer.feature.properties.tooltip; },
                      {sticky: true, className: "geomap-tooltip"});

    // Subunits: thin lines inside the regions with a figure, a fill of their own where a subunit
    // has a figure, and every subunit with its name as a layer the reader switches on.
    var subunitFeatures = features(data.subunits, data.scale);
    var subunitLines = L.geoJson(null, {
        interactive: false,
        style: Object.assign({className: "geomap-subunit-line"}, data.styles.subunitLine)
    }).addTo(map);
    var subunitFills = L.geoJson(null, {
        style: function (feature) {
            var s = Object.assign({}, data.styles.subunit);
            s.fillColor = feature.properties.fill;
            s.fillOpacity = sharesShown() ? s.fillOpacity : 0;
            s.className = "geomap-subunit geomap-subunit-" + feature.properties.code;
            return s;
        }
    }).addTo(shareGroup);
    subunitFills.bindTooltip(function (layer) { return layer.feature.properties.tooltip; },
                           {sticky: true, className: "geomap-tooltip"});
    if (subunitGroup) {
        L.geoJson(subunitFeatures, {
            style: Object.assign({className: "geomap-subunit-layer"}, data.styles.subunitLayer)
        })
            .bindTooltip(function (layer) { return layer.feature.properties.name; },
                         {sticky: true, className: "geomap-tooltip"})
            .addTo(subunitGroup);
    }

    var svg = map.getPane("overlayPane").querySelector("svg");
    var ns = "http://www.w3.org/2000/svg";
    var defs = document.createElementNS(ns, "defs");
    // A hatch: lines of ``color`` at 45 degrees, over ``background`` where one is given.
    function hatch(id, color, background) {
        var pattern = document.createElementNS(ns, "pattern");
        pattern.setAttribute("id", id);
        pattern.setAttribute("patternUnits", "userSpaceOnUse");
        pattern.setAttribute("width", "8");
        pattern.setAttribute("height", "8");
        pattern.setAttribute("patternTransform", "rotate(45)");
        if (background) {
            var rect = document.createElementNS(ns, "rect");
            rect.setAttribute("width", "8"); rect.setAttribute("height", "8");
            rect.setAttribute("fill", background);
            pattern.appendChild(rect);
        }
        var line = document.createElementNS(ns, "line");
        line.setAttribute("x1", "0"); line.setAttribute("y1", "0");
        line.setAttribute("x2", "0"); line.setAttribute("y2", "8");
        line.setAttribute("stroke", color);
        line.setAttribute("stroke-width", "1.6");
        pattern.appendChild(line);
        defs.appendChild(pattern);
    }
    hatch(data.hatch, data.styles.claimed.color, null);
    hatch(data.disputedHatch[0], data.disputedHatch[1], data.disputedHatch[2]);
    svg.insertBefore(defs, svg.firstChild);

    var current = null;
    map.on("overlayadd overlayremove", function (e) {
        if (e.layer === shareGroup && current) show(current);
    });

    function showGround(day) {
        var ground = data.grounds[day];
        if (!groundGroup) return ground;
        groundGroup.clearLayers();
        if (!ground) return ground;
        var style = function (name, css) {
            return Object.assign({className: css}, data.styles[name]);
        };
        if (ground.controlled.length) {
            L.geoJson(multipolygon(ground.controlled),
                      {interactive: false, style: style("controlled", "geomap-ground-controlled")})
                .addTo(groundGroup);
        }
        if (ground.grey.length) {
            L.geoJson(multipolygon(ground.grey),
                      {interactive: false, style: style("grey", "geomap-ground-grey")})
                .addTo(groundGroup);
        }
        decodeLines(ground.front, data.scale).forEach(function (line) {
            L.geoJson({type: "Feature", properties: {},
                       geometry: {type: "LineString", coordinates: line}},
                      {interactive: false, style: style("front", "geomap-ground-front")})
                .addTo(groundGroup);
        });
        var title = document.getElementById("geomap-legend-title");
        var open = document.getElementById("geomap-open-label");
        if (title) title.innerHTML = ground.title;
        if (open) open.innerHTML = ground.open_label;
        return ground;
    }

    function show(day) {
        current = day;
        var snap = data.snapshots[day];
        share.eachLayer(function (layer) {
            var region = snap.regions[layer.feature.properties.code];
            layer.feature.properties.fill = region.fill;
            layer.feature.properties.tooltip = region.tooltip;
            share.resetStyle(layer);
        });
        subunitLines.clearLayers();
        subunitFills.clearLayers();
        subunitFeatures.forEach(function (feature) {
            var subunit = snap.subunits[feature.properties.code];
            if (snap.outlined.indexOf(feature.properties.code) >= 0) subunitLines.addData(feature);
            if (!subunit) return;
            feature.properties.fill = subunit.fill;
            feature.properties.tooltip = subunit.tooltip;
            subunitFills.addData(feature);
        });
        claimed.clearLayers();
        var hatched = share.toGeoJSON().features.filter(function (f) {
            return snap.regions[f.properties.code].claimed;
        });
        var ground = showGround(day);
        var hatch = Object.assign({}, data.styles.claimed);
        hatch.fillColor = "url(#" + data.hatch + ")";
        if (hatched.length) {
            // Over a control layer, a claimed region is outlined; only the part of the claim
            // that is not held is hatched.
            var outline = Object.assign({}, hatch, ground ? {fillOpacity: 0} : {});
            L.geoJson(hatched, {
                interactive: false, className: "geomap-claimed", style: outline
            }).addTo(claimed);
        }
        if (ground && ground.open.length) {
            L.geoJson(multipolygon(ground.open), {
                interactive: false,
                style: Object.assign({}, hatch, {stroke: false, className: "geomap-open-claim"})
            }).addTo(claimed);
        }
        labels.clearLayers();
        Object.keys(data.anchors).forEach(function (code) {
            var unit = snap.regions[code] || snap.subunits[code];
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
