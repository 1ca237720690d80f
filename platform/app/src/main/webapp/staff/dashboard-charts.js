// Apache ECharts for the dashboard: loaded once from its WebJar (a UMD script that sets
// window.echarts), charts sized to their container and resized with the window, disposed when
// the dashboard is drawn again.
const SCRIPT = '/webjars/echarts/5.3.1/dist/echarts.min.js';
let loading = null;
const live = new Set();

export function loadECharts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  loading ??= new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = SCRIPT;
    s.onload = () => resolve(window.echarts);
    s.onerror = () => {
      loading = null;
      reject(new Error(SCRIPT));
    };
    document.head.append(s);
  });
  return loading;
}

/** Draws an option into a container element; the chart is kept until disposeCharts(). */
export function draw(echarts, container, option) {
  const chart = echarts.init(container, null, { renderer: 'canvas' });
  chart.setOption({ animation: false, textStyle: { fontFamily: getComputedStyle(document.body).fontFamily }, ...option });
  live.add(chart);
  return chart;
}

export function disposeCharts() {
  live.forEach(c => c.dispose());
  live.clear();
}

window.addEventListener('resize', () => live.forEach(c => c.resize()));

const PALETTE = () => {
  const css = getComputedStyle(document.documentElement);
  return [css.getPropertyValue('--primary').trim() || '#1e3a8a', css.getPropertyValue('--accent').trim() || '#b45309'];
};

/** Two series (reported, closed) over a category axis, as bars or lines. */
export function twoSeries({ title, labels, first, second, xName, yName, type = 'bar', rotate = 0 }) {
  return {
    color: PALETTE(),
    title: { text: title, left: 0, textStyle: { fontSize: 14 } },
    legend: { top: 24, left: 0, data: [first.name, second.name] },
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 88, bottom: 32, containLabel: true },
    xAxis: { type: 'category', name: xName, nameLocation: 'middle', nameGap: rotate ? 56 : 28, data: labels,
      axisLabel: { rotate, hideOverlap: true } },
    yAxis: { type: 'value', name: yName, minInterval: 1 },
    series: [
      { name: first.name, type, data: first.data },
      { name: second.name, type, data: second.data },
    ],
  };
}

/** One percentage per unit as horizontal bars, best at the top. */
export function rates({ title, labels, values, xName, seriesName, empty }) {
  return {
    graphic: labels.length ? [] : [{ type: 'text', left: 'center', top: 'middle',
      style: { text: empty, fill: '#4b5563', fontSize: 14, width: 240, overflow: 'break' } }],
    color: PALETTE(),
    title: { text: title, left: 0, textStyle: { fontSize: 14 } },
    legend: { top: 24, left: 0, data: [seriesName] },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 48, top: 64, bottom: 44, containLabel: true },
    xAxis: { type: 'value', name: xName, max: 100, nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'category', inverse: true, data: labels, axisLabel: { width: 110, overflow: 'truncate' } },
    series: [{ name: seriesName, type: 'bar', data: values, label: { show: true, position: 'right', formatter: '{c}%' } }],
  };
}
