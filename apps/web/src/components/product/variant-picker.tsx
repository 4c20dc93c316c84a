import Radio from 'antd/es/radio';
import Typography from 'antd/es/typography';
import type { OptionGroup } from '@/lib/variant-selection';

/** "switch" -> "Switch", "keycap_profile" -> "Keycap profile". */
export function optionLabel(key: string): string {
  const text = key.replace(/[_-]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface VariantPickerProps {
  groups: OptionGroup[];
  onChoose: (key: string, value: string) => void;
}

/**
 * One row of buttons per option (switch, layout, colour...). Values that cannot exist
 * with the choices above them are disabled; values whose variants are all sold out are
 * struck through but still selectable, so the shopper can see that they exist.
 */
export function VariantPicker({ groups, onChoose }: VariantPickerProps) {
  if (groups.length === 0) return null;
  return (
    <div data-testid="variant-picker">
      {groups.map((group) => {
        const labelId = `variant-${group.key}-label`;
        return (
          <div className="variant-group" key={group.key}>
            <span className="variant-group__label" id={labelId}>
              {optionLabel(group.key)}
              {group.selected && (
                <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
                  : {group.selected}
                </Typography.Text>
              )}
            </span>
            <Radio.Group
              optionType="button"
              value={group.selected}
              onChange={(e) => onChoose(group.key, e.target.value as string)}
              aria-labelledby={labelId}
            >
              {group.values.map((v) => (
                <Radio.Button
                  key={v.value}
                  value={v.value}
                  disabled={v.disabled}
                  title={v.disabled ? 'Not available with your other choices' : v.soldOut ? 'Out of stock' : undefined}
                >
                  <span
                    className={v.soldOut ? 'variant-option--sold-out' : undefined}
                    data-testid={`variant-option-${group.key}-${v.value}`}
                    data-selected={group.selected === v.value}
                    data-disabled={v.disabled}
                  >
                    {v.value}
                  </span>
                </Radio.Button>
              ))}
            </Radio.Group>
          </div>
        );
      })}
    </div>
  );
}
