// Pipeline metrics with chart.js: time per stage and deadline breaches per department, each chart with
// the same figures in a table for screen readers and keyboard users.
import { BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { get, type Metrics } from '../api/client.js';
import { Loaded, useLoad } from '../components/common.js';
import { When } from '../components/labels.js';
import { useI18n } from '../i18n/i18n.js';
import { DataTable } from '../components/krds.js';

Chart.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** A canvas is drawn once, in chart.js's own default font unless told: the page's, loaded before the first draw. */
async function loadPageFontIntoCharts(): Promise<void> {
  const family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.font.family = family;
  await document.fonts.load(`${Chart.defaults.font.size ?? 12}px ${family}`);
}

export function MetricsPage() {
  const { t, tv } = useI18n();
  const metrics = useLoad(async () => {
    const [m] = await Promise.all([get<Metrics>('/api/admin/metrics'), loadPageFontIntoCharts()]);
    return m;
  }, []);
  return (
    <section>
      <h1>{t('metricsTitle')}</h1>
      <Loaded state={metrics}>
        {(m) => (
          <>
            <p>
              {t('window')}: <When iso={m.window.from} /> – <When iso={m.window.to} />
            </p>
            <ChartWithTable
              id="time-per-stage"
              title={t('timePerStage')}
              labels={m.timeInStage.map((s) => tv('stage', s.stage))}
              series={[
                { label: t('medianHours'), data: m.timeInStage.map((s) => s.medianHours), color: '#1f5fa8' },
                { label: t('p90Hours'), data: m.timeInStage.map((s) => s.p90Hours), color: '#b35900' },
              ]}
            />
            <ChartWithTable
              id="breaches-per-department"
              title={t('breachesPerDepartment')}
              labels={m.slaBreaches.byDepartment.map((b) => b.department ?? '')}
              series={[{ label: t('breaches'), data: m.slaBreaches.byDepartment.map((b) => b.breaches), color: '#a4262c' }]}
            />
            <ChartWithTable
              id="counts-per-stage"
              title={t('countsPerStage')}
              labels={[...new Set(m.counts.map((c) => c.stage))].map((s) => tv('stage', s))}
              series={[
                {
                  label: t('count'),
                  data: [...new Set(m.counts.map((c) => c.stage))].map((s) =>
                    m.counts.filter((c) => c.stage === s).reduce((n, c) => n + c.count, 0),
                  ),
                  color: '#2e7d32',
                },
              ]}
            />
          </>
        )}
      </Loaded>
    </section>
  );
}

interface Series {
  label: string;
  data: number[];
  color: string;
}

function ChartWithTable({ id, title, labels, series }: { id: string; title: string; labels: string[]; series: Series[] }) {
  const data = { labels, datasets: series.map((s) => ({ label: s.label, data: s.data, backgroundColor: s.color })) };
  return (
    <figure aria-labelledby={`${id}-title`} className="chart">
      <figcaption id={`${id}-title`}>
        <h2>{title}</h2>
      </figcaption>
      <div className="chart-canvas">
        <Bar
          data={data}
          options={{ responsive: true, maintainAspectRatio: false, animation: false }}
          aria-label={title}
          role="img"
        />
      </div>
      <DataTable>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            {series.map((s) => (
              <th key={s.label} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {series.map((s) => (
                <td key={s.label}>{s.data[i]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </figure>
  );
}
