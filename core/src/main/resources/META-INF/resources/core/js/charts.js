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
            var c = chart.ctx;
            c.save();
            c.fillStyle = '#1f2a24';
            c.font = '11px system-ui, sans-serif';
            c.textAlign = 'left';
            chart.getDatasetMeta(0).data.forEach(function (point, i) {
                var raw = chart.data.datasets[0].data[i];
                c.fillText(raw.name, point.x + 9, point.y + 4);
            });
            c.restore();
        }
    }];
};
