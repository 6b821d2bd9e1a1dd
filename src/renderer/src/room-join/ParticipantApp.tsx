// The page a participant's phone opens (/join): the join form, then the contribution view, or how the session ended.
import { useEffect } from 'react';
import './room-join.css';
import { resumeRoom, useRoomStore } from './room-store';
import { JoinForm } from './JoinForm';
import { ContributionView } from './ContributionView';

export default function ParticipantApp({ scannedCode }: { scannedCode: string }) {
  const phase = useRoomStore((s) => s.phase);
  useEffect(() => {
    document.title = 'Join the map · Caremap';
    resumeRoom();
  }, []);
  return (
    <div className="join-page">
      {phase.kind === 'join' && <JoinForm initialCode={scannedCode} error={phase.error} busy={phase.busy} />}
      {phase.kind === 'room' && <ContributionView map={phase.map} />}
      {phase.kind === 'ended' && (
        <main className="join-card join-ended" aria-labelledby="join-ended-title">
          <h1 id="join-ended-title">Caremap</h1>
          <p role="status">{phase.message}</p>
          <p className="join-hint">You can close this page.</p>
        </main>
      )}
    </div>
  );
}
