/*
 * The roadmap's Gantt (<p:timeline extender="tlGantt.extend">): bars can be dragged without being
 * selected first (vis only drags a selected item by default: a first drag did nothing); it opens
 * on the whole plan, and two buttons choose the period shown. No inline scripts (CSP): the buttons call these functions.
 */
window.tlGantt = window.tlGantt || {};

window.tlGantt.extend = function () {
    this.cfg.opts.itemsAlwaysDraggable = {item: true, range: true};
};

/** The whole plan in the width. */
window.tlGantt.whole = function (widgetVar) {
    PF(widgetVar).instance.fit();
};

/** A period given by the server (ISO dates), e.g. six months around today kept inside the plan. */
window.tlGantt.show = function (widgetVar, from, to) {
    PF(widgetVar).instance.setWindow(new Date(from + 'T00:00:00'), new Date(to + 'T00:00:00'));
};
