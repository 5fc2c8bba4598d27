/*
 * Convergence and divergence graphs of a MACTOR analysis (Cytoscape.js): one node per actor sized
 * by its r*, one edge per pair whose weighted convergence (3CAA) or divergence (3DAA) reaches the
 * threshold chosen with the slider; edge width grows with the value. Data: data-json of
 * #tl-mactor-data. Redrawn after every ajax update of the page.
 */
(function () {
    'use strict';

    var graphs = [];

    function draw(holderId, nodes, edges, colour) {
        var holder = document.getElementById(holderId);
        if (!holder) {
            return null;
        }
        var elements = nodes.map(function (n) {
            return {group: 'nodes', data: {id: 'a' + n.id, label: n.name, weight: n.weight}};
        });
        edges.forEach(function (e, i) {
            elements.push({group: 'edges', data: {id: holderId + i, source: 'a' + e.source, target: 'a' + e.target,
                weight: e.weight, label: String(e.weight)}});
        });
        var max = edges.reduce(function (m, e) { return Math.max(m, e.weight); }, 1);
        return cytoscape({
            container: holder,
            elements: elements,
            wheelSensitivity: 0.3,
            style: [
                {selector: 'node', style: {'background-color': '#2f6f4e', 'label': 'data(label)', 'font-size': 10,
                    'width': function (n) { return 14 + n.data('weight') * 12; },
                    'height': function (n) { return 14 + n.data('weight') * 12; },
                    'text-valign': 'bottom', 'text-margin-y': 3, 'color': '#1f2a24'}},
                {selector: 'edge', style: {'line-color': colour, 'curve-style': 'bezier', 'opacity': 0.8,
                    'width': function (e) { return 1 + 7 * e.data('weight') / max; },
                    'label': 'data(label)', 'font-size': 8, 'color': '#5d6b63'}}
            ],
            layout: {name: 'circle', padding: 20}
        });
    }

    function filter(threshold) {
        graphs.forEach(function (cy) {
            cy.edges().forEach(function (e) {
                e.style('display', e.data('weight') >= threshold ? 'element' : 'none');
            });
        });
        var out = document.getElementById('tl-threshold-value');
        if (out) {
            out.textContent = threshold;
        }
    }

    function init() {
        var source = document.getElementById('tl-mactor-data');
        if (!source || typeof cytoscape === 'undefined') {
            return;
        }
        graphs.forEach(function (cy) { cy.destroy(); });
        graphs = [];
        var data = JSON.parse(source.getAttribute('data-json') || '{}');
        if (!data.nodes) {
            return;
        }
        [draw('tl-convergence', data.nodes, data.convergence, '#2e7d32'),
            draw('tl-divergence', data.nodes, data.divergence, '#c62828')].forEach(function (cy) {
            if (cy) {
                graphs.push(cy);
            }
        });
        var slider = document.getElementById('tl-threshold');
        if (slider) {
            slider.oninput = function () { filter(parseFloat(slider.value)); };
            filter(parseFloat(slider.value));
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', init);
    }
})();
