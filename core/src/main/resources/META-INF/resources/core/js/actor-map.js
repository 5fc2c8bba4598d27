/*
 * The actor network map (Cytoscape.js): actors coloured by stance and sized by influence, ties
 * drawn by type; filters (stance, kind, minimum influence, text) apply instantly in the browser;
 * clicking an actor opens its page. Data: the data-json attribute of #tl-network-data.
 */
(function () {
    'use strict';

    var COLOURS = {ALLY: '#2e7d32', NEUTRAL: '#8d6e63', OPPONENT: '#c62828'};
    var EDGE_COLOURS = {PARTNER: '#7a8f84', FUNDS: '#1565c0', MEMBER_OF: '#6a1b9a', SUPPLIES: '#ef6c00',
        CONFLICT: '#c62828', OTHER: '#9e9e9e', MEMBERSHIP: '#b0bec5'};

    function checked(name) {
        return Array.prototype.map.call(document.querySelectorAll('input[name="' + name + '"]:checked'),
            function (box) { return box.value; });
    }

    function init() {
        var holder = document.getElementById('tl-network');
        var source = document.getElementById('tl-network-data');
        if (!holder || !source || typeof cytoscape === 'undefined') {
            return;
        }
        var data = JSON.parse(source.getAttribute('data-json'));
        var viewUrl = holder.getAttribute('data-view-url');
        var elements = [];
        data.nodes.forEach(function (n) {
            elements.push({group: 'nodes', data: {
                id: 'a' + n.id, actorId: n.id, label: n.name, stance: n.stance, kind: n.kind,
                influence: n.influence, person: n.type === 'PERSON', search: (n.name || '').toLowerCase()
            }});
        });
        data.edges.forEach(function (e, i) {
            elements.push({group: 'edges', data: {
                id: 'e' + i, source: 'a' + e.source, target: 'a' + e.target, type: e.type,
                strength: e.strength, label: data.labels[e.type] || e.type, note: e.label
            }});
        });
        var cy = cytoscape({
            container: holder,
            elements: elements,
            wheelSensitivity: 0.3,
            style: [
                {selector: 'node', style: {
                    'background-color': function (n) { return COLOURS[n.data('stance')] || '#777'; },
                    'width': function (n) { return 14 + Math.max(1, n.data('influence')) * 9; },
                    'height': function (n) { return 14 + Math.max(1, n.data('influence')) * 9; },
                    'label': 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3,
                    'text-wrap': 'wrap', 'text-max-width': 120, 'color': '#1f2a24'
                }},
                {selector: 'node[?person]', style: {'shape': 'round-rectangle'}},
                {selector: 'edge', style: {
                    'width': function (e) { return e.data('strength') * 1.5; },
                    'line-color': function (e) { return EDGE_COLOURS[e.data('type')] || '#999'; },
                    'target-arrow-color': function (e) { return EDGE_COLOURS[e.data('type')] || '#999'; },
                    'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'opacity': 0.8
                }},
                {selector: 'edge[type = "CONFLICT"]', style: {'line-style': 'dashed'}},
                {selector: 'edge[type = "MEMBERSHIP"]', style: {'line-style': 'dotted', 'target-arrow-shape': 'none'}},
                {selector: '.tl-match', style: {'border-width': 4, 'border-color': '#ffb300'}},
                {selector: '.tl-filtered', style: {'display': 'none'}}
            ],
            layout: {name: 'cose', animate: false, nodeRepulsion: 9000, idealEdgeLength: 90, randomize: false}
        });
        window.tlActorMap = cy;
        holder.setAttribute('data-ready', 'true');
        holder.setAttribute('data-nodes', String(cy.nodes().length));

        cy.on('tap', 'node', function (evt) {
            window.location.href = viewUrl + evt.target.data('actorId');
        });
        cy.on('mouseover', 'edge', function (evt) {
            var e = evt.target;
            holder.title = e.data('label') + (e.data('note') ? ' – ' + e.data('note') : '');
        });

        function apply() {
            var stances = checked('tl-stance');
            var kindSelect = document.getElementById('tl-kind-select');
            var kinds = Array.prototype.filter.call(kindSelect.options, function (o) { return o.selected; })
                .map(function (o) { return o.value; });
            var minInfluence = parseInt(document.getElementById('tl-min-influence').value || '1', 10);
            var text = (document.getElementById('tl-search').value || '').trim().toLowerCase();
            cy.batch(function () {
                cy.nodes().forEach(function (n) {
                    var hidden = n.data('stance') === 'HIDDEN'; // a person whose position this reader may not see
                    var visible = (hidden || stances.indexOf(n.data('stance')) >= 0)
                        && (kinds.length === 0 || kinds.indexOf(n.data('kind')) >= 0)
                        && (hidden || n.data('influence') >= minInfluence);
                    n.toggleClass('tl-filtered', !visible);
                    n.toggleClass('tl-match', text.length > 1 && n.data('search').indexOf(text) >= 0);
                });
            });
            var shown = cy.nodes().filter(function (n) { return !n.hasClass('tl-filtered'); }).length;
            holder.setAttribute('data-visible', String(shown));
            var counter = document.getElementById('tl-visible-count');
            if (counter) {
                counter.textContent = String(shown);
            }
        }

        Array.prototype.forEach.call(document.querySelectorAll('.tl-map-filter'), function (input) {
            input.addEventListener('change', apply);
            input.addEventListener('input', apply);
        });
        document.getElementById('tl-fit').addEventListener('click', function (event) {
            event.preventDefault();
            cy.fit(cy.nodes().filter(function (n) { return !n.hasClass('tl-filtered'); }), 30);
        });
        apply();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
