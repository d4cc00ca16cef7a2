import type { Landmark } from '../data/schema';
import { Popover } from '../ui/Popover';
import { toDayWindow, type DayWindow } from './dayWindow';
import type { TimeScale } from './timeScale';
import { moveFocusAmong } from './listKeys';
import { periodWindow } from './toTimelineItems';

export interface JumpMenuProps {
  /** The story's headline periods. */
  landmarks: Landmark[];
  /** The timeline's axis, which the margins around a period are measured on. */
  scale: TimeScale;
  /** Called with the window that shows the chosen period, and the period itself. */
  onJump: (window: DayWindow, landmark: Landmark) => void;
}

/** "Jump to": the story's headline periods, one click from the toolbar. */
export function JumpMenu({ landmarks, scale, onJump }: JumpMenuProps) {
  if (landmarks.length === 0) return null;
  return (
    <Popover className="jump-menu" summary="Jump to" closeOnChoice>
      {/* A vertical toolbar: Up and Down move between its buttons. */}
      <div
        className="jump-menu__list"
        role="toolbar"
        aria-label="Jump to"
        aria-orientation="vertical"
        onKeyDown={(event) => moveFocusAmong(event, 'button')}
      >
        {landmarks.map((landmark) => (
          <button
            key={landmark.label}
            type="button"
            onClick={() => {
              const period = periodWindow(landmark.start, landmark.end, scale);
              if (period) onJump(toDayWindow(period), landmark);
            }}
          >
            {landmark.label}
          </button>
        ))}
      </div>
    </Popover>
  );
}
