/*
 * Chart extenders of the core's pages, referenced by <p:chart extender="tlCharts.x">.
 * Chart data and labels come from the server (Java builds the Chart.js configuration); these
 * functions only add what JSON cannot carry: callbacks and drawing plugins. No inline scripts (CSP).
 */
window.tlCharts = window.tlCharts || {};

/** Engagement (0-5) and maturity (1-5) history: tooltips name the level. */
window.tlCharts.levels = function () {
    var options = this.cfg.config.options || {};
    var levels = (options.plugins && options.plugins.tlLevels) || {};
    options.plugins = options.plugins || {};
    options.plugins.tooltip = {
        callbacks: {
            label: function (ctx) {
                var names = ctx.datasetIndex === 0 ? levels.engagement : levels.maturity;
                var index = ctx.datasetIndex === 0 ? ctx.raw : ctx.raw - 1;
                return ctx.dataset.label + ' : ' + ((names && names[index]) || ctx.raw);
            }
        }
    };
};

/** Power-interest grid: quadrant lines and names behind the points, actor name in the tooltip. */
window.tlCharts.grid = function () {
    var config = this.cfg.config;
    var settings = (config.options.plugins && config.options.plugins.tlQuadrants) || {threshold: 2.5, labels: []};
    config.options.plugins.tooltip = {
        callbacks: {
            label: function (ctx) {
                return ctx.raw.name + ' (' + ctx.dataset.label + ')';
            }
        }
    };
    config.plugins = [{
        id: 'tlQuadrants',
        beforeDatasetsDraw: function (chart) {
            var x = chart.scales.x, y = chart.scales.y, c = chart.ctx, area = chart.chartArea;
            var px = x.getPixelForValue(settings.threshold), py = y.getPixelForValue(settings.threshold);
            c.save();
            c.fillStyle = 'rgba(47,111,78,0.07)';
            c.fillRect(px, area.top, area.right - px, py - area.top);
            c.strokeStyle = '#9aa59f';
            c.setLineDash([6, 4]);
            c.beginPath();
            c.moveTo(px, area.top); c.lineTo(px, area.bottom);
            c.moveTo(area.left, py); c.lineTo(area.right, py);
            c.stroke();
            c.setLineDash([]);
            c.fillStyle = '#5d6b63';
            c.font = '600 12px system-ui, sans-serif';
            var l = settings.labels || [];
            c.textAlign = 'left';
            c.fillText(l[0] || '', area.left + 8, area.top + 16);   // high influence, low interest
            c.textAlign = 'right';
            c.fillText(l[1] || '', area.right - 8, area.top + 16);  // high, high
            c.textAlign = 'left';
            c.fillText(l[2] || '', area.left + 8, area.bottom - 8); // low, low
            c.textAlign = 'right';
            c.fillText(l[3] || '', area.right - 8, area.bottom - 8);// low influence, high interest
            c.restore();
        }
    }];
};

/** MACTOR influence (y) – dependence (x) plane: lines at the means, quadrant names, point labels. */
window.tlCharts.plane = function () {
    var config = this.cfg.config;
    var settings = (config.options.plugins && config.options.plugins.tlPlane) || {x: 0, y: 0, labels: []};
    config.options.plugins.tooltip = {
        callbacks: {
            label: function (ctx) {
                return ctx.raw.name + ' (D ' + ctx.raw.x + ', M ' + ctx.raw.y + ')';
            }
        }
    };
    config.plugins = [{
        id: 'tlPlane',
        beforeDatasetsDraw: function (chart) {
            var x = chart.scales.x, y = chart.scales.y, c = chart.ctx, area = chart.chartArea;
            var px = x.getPixelForValue(settings.x), py = y.getPixelForValue(settings.y);
            c.save();
            c.strokeStyle = '#9aa59f';
            c.setLineDash([6, 4]);
            c.beginPath();
            c.moveTo(px, area.top); c.lineTo(px, area.bottom);
            c.moveTo(area.left, py); c.lineTo(area.right, py);
            c.stroke();
            c.setLineDash([]);
            c.fillStyle = '#5d6b63';
            c.font = '600 12px system-ui, sans-serif';
            var l = settings.labels || [];
            c.textAlign = 'left';
            c.fillText(l[0] || '', area.left + 8, area.top + 16);    // influent, not dependent: dominant
            c.textAlign = 'right';
            c.fillText(l[1] || '', area.right - 8, area.top + 16);   // influent and dependent: relay
            c.textAlign = 'left';
            c.fillText(l[2] || '', area.left + 8, area.bottom - 8);  // neither: autonomous
            c.textAlign = 'right';
            c.fillText(l[3] || '', area.right - 8, area.bottom - 8); // dependent only: dominated
            c.restore();
        },
        afterDatasetsDraw: function (chart) {
            var c = chart.ctx, area = chart.chartArea, h = 13;
            var points = chart.getDatasetMeta(0).data;
            // every point is an obstacle; each label takes the first free place around its point
            // (right, left, above, below, then one line further), never over another label
            var taken = points.map(function (p) { return {x: p.x - 5, y: p.y - 5, w: 10, h: 10}; });
            var overlaps = function (a) {
                return taken.some(function (b) {
                    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
                });
            };
            var inside = function (a) {
                return a.x >= area.left && a.x + a.w <= area.right && a.y >= area.top && a.y + a.h <= area.bottom;
            };
            c.save();
            c.fillStyle = '#1f2a24';
            c.font = '11px system-ui, sans-serif';
            c.textAlign = 'left';
            c.textBaseline = 'top';
            var labels = [];
            points.forEach(function (point, i) {
                var raw = chart.data.datasets[0].data[i];
                var name = raw.name.length > 28 ? raw.name.slice(0, 27) + '\u2026' : raw.name;
                var w = c.measureText(name).width;
                var places = [[8, -h / 2], [-8 - w, -h / 2], [-w / 2, -7 - h], [-w / 2, 7],
                    [8, -h / 2 - h], [8, h / 2], [-8 - w, -h / 2 - h], [-8 - w, h / 2],
                    [-w / 2, -7 - 2 * h], [-w / 2, 7 + h], [8, -h / 2 - 2 * h], [8, h / 2 + h]];
                var box = null;
                for (var k = 0; k < places.length && !box; k++) {
                    var b = {x: point.x + places[k][0], y: point.y + places[k][1], w: w, h: h};
                    if (inside(b) && !overlaps(b)) {
                        box = b;
                    }
                }
                if (!box) {
                    // no free place: keep it inside the chart, to the side with room
                    var right = point.x + 8 + w <= area.right;
                    box = {x: right ? point.x + 8 : point.x - 8 - w, y: point.y - h / 2, w: w, h: h};
                }
                taken.push(box);
                labels.push({name: raw.name, x: box.x, y: box.y, w: box.w, h: box.h});
                c.fillText(name, box.x, box.y);
            });
            // where each name was drawn, for the browser tests (a canvas cannot be read back)
            chart.$tlLabels = labels;
            c.restore();
        }
    }];
};
