import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorPanel } from '@/components/ApiErrorPanel';
import { Field } from '@/components/Field';
import type { Ref } from '@/lib/api';
import type { ShirtCampaign } from '../api/types';
import { useOrderShirts } from '../api/useOrderShirts';

interface Row {
  key: number;
  name: string;
  size: string;
}

/** A lead orders for a department they lead: one row per wearer (name and size), one order. */
export function TeamOrderForm({ campaign, leads, onOrdered }: { campaign: ShirtCampaign; leads: Ref[]; onOrdered: () => void }) {
  const { t } = useTranslation();
  const order = useOrderShirts();
  const firstSize = campaign.sizes[0]?.size ?? '';
  const [department, setDepartment] = useState(leads[0]?.id ?? 0);
  const [rows, setRows] = useState<Row[]>([{ key: 1, name: '', size: firstSize }]);
  const [checked, setChecked] = useState(false);
  const update = (key: number, change: Partial<Row>) => setRows((all) => all.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const missing = rows.some((row) => row.name.trim() === '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (missing) return;
    const placed = await order.run({
      campaignId: campaign.id,
      body: { kind: 'TEAM', departmentId: department, lines: rows.map((row) => ({ size: row.size, quantity: 1, wearerName: row.name.trim() })) },
    });
    if (placed) {
      setRows([{ key: Date.now(), name: '', size: firstSize }]);
      setChecked(false);
      onOrdered();
    }
  };

  return (
    <form className="card form" onSubmit={(event) => void submit(event)} aria-busy={order.status === 'pending'} data-testid="team-order">
      <h2 className="card__title">{t('shirts.team.title')}</h2>
      <p className="muted">{t('shirts.team.lead')}</p>
      {leads.length > 1 ? (
        <Field id="team-department" label={t('shirts.team.department')}>
          <select id="team-department" className="input" value={department} onChange={(event) => setDepartment(Number(event.target.value))}>
            {leads.map((lead) => (
              <option key={lead.id} value={lead.id}>
                {lead.name}
              </option>
            ))}
          </select>
        </Field>
      ) : (
        <p>{t('shirts.team.for', { department: leads[0]?.name ?? '' })}</p>
      )}
      <ul className="list-plain team-rows">
        {rows.map((row, index) => (
          <li key={row.key} className="team-row">
            <label className="visually-hidden" htmlFor={`team-name-${row.key}`}>
              {t('shirts.team.name', { n: index + 1 })}
            </label>
            <input
              id={`team-name-${row.key}`}
              className="input team-row__name"
              placeholder={t('shirts.team.namePlaceholder')}
              value={row.name}
              aria-invalid={checked && row.name.trim() === ''}
              onChange={(event) => update(row.key, { name: event.target.value })}
            />
            <label className="visually-hidden" htmlFor={`team-size-${row.key}`}>
              {t('shirts.order.size')}
            </label>
            <select id={`team-size-${row.key}`} className="input team-row__size" value={row.size} onChange={(event) => update(row.key, { size: event.target.value })}>
              {campaign.sizes.map((size) => (
                <option key={size.size} value={size.size}>
                  {size.size}
                </option>
              ))}
            </select>
            {rows.length > 1 ? (
              <button type="button" className="button button--ghost" aria-label={t('shirts.team.remove', { n: index + 1 })} onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}>
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {checked && missing ? <p className="field__errors">{t('shirts.team.nameRequired')}</p> : null}
      <button type="button" className="button button--ghost" onClick={() => setRows((all) => [...all, { key: Date.now(), name: '', size: firstSize }])}>
        {t('shirts.team.add')}
      </button>
      {order.status === 'error' ? <ApiErrorPanel title={t('shirts.order.error')} error={order.error} /> : null}
      {order.status === 'success' ? <p className="chip chip--success">{t('shirts.team.done', { count: order.data.shirts })}</p> : null}
      <button type="submit" className="button button--primary" disabled={order.status === 'pending'}>
        {t('shirts.team.submit', { count: rows.length })}
      </button>
    </form>
  );
}
