/*
 * The roadmap's Gantt (<p:timeline extender="tlGantt.extend">): bars can be dragged without being
 * selected first (vis only drags a selected item by default: a first drag did nothing), and two
 * buttons choose the period shown. No inline scripts (CSP): the buttons call these functions.
 */
window.tlGantt = window.tlGantt || {};

window.tlGantt.extend = function () {
    this.cfg.opts.itemsAlwaysDraggable = {item: true, range: true};
};

/** The whole plan in the width. */
window.tlGantt.whole = function (widgetVar) {
    PF(widgetVar).instance.fit();
};

/** Six months from a month before today. */
window.tlGantt.today = function (widgetVar) {
    var from = new Date();
    from.setMonth(from.getMonth() - 1);
    var to = new Date(from.getTime());
    to.setMonth(to.getMonth() + 6);
    PF(widgetVar).instance.setWindow(from, to);
};
